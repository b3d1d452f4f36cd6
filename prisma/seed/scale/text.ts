/**
 * Sentences, headlines and names for the scale seed, filled from the word lists with the seeded
 * generator. Everything made here is plain text: letters, digits, spaces, hyphens, commas and
 * full stops.
 */
import type { Random } from "./random";
import * as words from "./words";

const SLOTS: Record<string, readonly string[]> = {
  company: words.companies,
  agency: words.agencies,
  product: words.products,
  adjective: words.adjectives,
  verb: words.verbs,
  topic: words.topics,
  sector: words.sectors,
  place: words.places,
  number: words.numbers,
};

const PLAIN = /^[A-Za-z0-9 ,.-]*$/;

export class TextMaker {
  constructor(private readonly random: Random) {}

  /** A pattern with every `{slot}` filled from its list. */
  fill(pattern: string): string {
    return pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const list = SLOTS[slot];
      if (!list) throw new Error(`Unknown slot {${slot}} in "${pattern}"`);
      return this.random.pick(list);
    });
  }

  /** One sentence of reporting, capitalised, with a full stop. */
  sentence(patterns: readonly string[] = words.sentencePatterns): string {
    return plain(`${capitalise(this.fill(this.random.pick(patterns)))}.`);
  }

  /** `count` sentences joined into one paragraph. */
  paragraph(count: number, patterns?: readonly string[]): string {
    return Array.from({ length: count }, () => this.sentence(patterns)).join(" ");
  }

  headline(): string {
    return plain(capitalise(this.fill(this.random.pick(words.headlinePatterns))));
  }

  /** Up to `count` subheadings, all different (heading ids must not be de-duplicated). */
  headings(count: number): string[] {
    const seen = new Set<string>();
    for (let tries = 0; seen.size < count && tries < count * 10; tries++) {
      seen.add(plain(capitalise(this.fill(this.random.pick(words.headingPatterns)))));
    }
    return [...seen];
  }

  personName(): string {
    return `${this.random.pick(words.firstNames)} ${this.random.pick(words.lastNames)}`;
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fails loudly if a word list ever gains a character that Markdown would treat as syntax. */
function plain(text: string): string {
  if (!PLAIN.test(text)) throw new Error(`Generated text is not plain: "${text}"`);
  return text;
}
