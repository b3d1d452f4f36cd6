/**
 * Article bodies for the scale seed, and their derived fields, without running the Markdown
 * pipeline per article (about 10 ms each here: 100,000 articles would take a quarter of an hour).
 *
 * A body is a sequence of top-level blocks separated by blank lines: generated paragraphs and
 * subheadings (plain text, see text.ts) and blocks cut from the demo newsroom's hand-written
 * bodies (lists, quotes, tables, code, paragraphs with links and emphasis). Each pool block is
 * rendered once by renderArticleBody; a generated paragraph's HTML is `<p>text</p>` and a
 * subheading's is `<h2 id="slug">text</h2>`. For such a sequence the pipeline's output is the
 * blocks' outputs joined (HTML by a newline, plain text by a blank line), provided no two pool
 * blocks touch (two adjacent lists would merge) and no two subheadings repeat (ids would get a
 * suffix). bodies.test.ts checks the equality against renderArticleBody on generated samples.
 */
import type { RootContent } from "mdast";
import { parseMarkdown } from "@/lib/markdown/parse-markdown";
import { env } from "@/lib/env";
import { renderArticleBody } from "@/lib/markdown/render-article-body";
import { countWords, readingMinutes } from "@/lib/text/reading-time";
import { slugify } from "@/lib/text/slug";
import type { Random } from "./random";
import type { TextMaker } from "./text";

export interface ComposedBody {
  markdown: string;
  html: string;
  plainText: string;
  wordCount: number;
  readingMinutes: number;
}

interface Block {
  markdown: string;
  html: string;
  plainText: string;
  wordCount: number;
}

const POOL_TYPES = new Set<RootContent["type"]>(["paragraph", "list", "blockquote", "table", "code"]);

/**
 * Pool blocks must render the same alone as inside any body: nothing that refers elsewhere in
 * its document (reference links, footnotes, `#fragment` links) and no generated figures.
 */
const CONTEXT_DEPENDENT = /\[\^|\]\[|\]:|\]\(#|\/media\//;

/** The top-level blocks of the given Markdown documents that can stand anywhere, each rendered once. */
export function buildBlockPool(documents: readonly string[]): Block[] {
  const pool: Block[] = [];
  for (const doc of documents) {
    for (const node of parseMarkdown(doc).children) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (!POOL_TYPES.has(node.type) || start === undefined || end === undefined) continue;
      const markdown = doc.slice(start, end);
      if (CONTEXT_DEPENDENT.test(markdown)) continue;
      const rendered = renderArticleBody(markdown, { locale: env.SITE_LANGUAGE });
      pool.push({ markdown, html: rendered.html, plainText: rendered.plainText, wordCount: rendered.wordCount });
    }
  }
  if (pool.length === 0) throw new Error("The block pool is empty: no demo body has a block that can be reused");
  return pool;
}

function paragraphBlock(text: string): Block {
  return { markdown: text, html: `<p>${text}</p>`, plainText: text, wordCount: countWords(text) };
}

function headingBlock(text: string): Block {
  return { markdown: `## ${text}`, html: `<h2 id="${slugify(text)}">${text}</h2>`, plainText: text, wordCount: countWords(text) };
}

/**
 * A body of a lede and 2–5 more sections: each a pool block followed by a generated paragraph,
 * some with a subheading before them. Roughly 200–700 words.
 */
export function composeBody(random: Random, text: TextMaker, pool: readonly Block[]): ComposedBody {
  const blocks: Block[] = [paragraphBlock(text.paragraph(random.int(3, 5)))];
  const sections = random.int(2, 5);
  const headings = text.headings(random.int(1, 3));
  for (let i = 0; i < sections; i++) {
    const heading = i > 0 && i % 2 === 1 ? headings.shift() : undefined;
    if (heading) blocks.push(headingBlock(heading));
    blocks.push(random.pick(pool));
    blocks.push(paragraphBlock(text.paragraph(random.int(2, 4))));
  }
  const wordCount = blocks.reduce((sum, b) => sum + b.wordCount, 0);
  return {
    markdown: blocks.map((b) => b.markdown).join("\n\n"),
    html: blocks.map((b) => b.html).join("\n"),
    plainText: blocks.map((b) => b.plainText).join("\n\n"),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
}
