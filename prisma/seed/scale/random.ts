/**
 * A small seeded pseudo-random generator (mulberry32), so that the scale seed writes the same
 * newsroom for the same arguments. Not for anything that needs unpredictability.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("Random.pick: nothing to pick from");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * An index in [0, size) where low indexes are more likely (a power-law skew): a few prolific
   * authors and popular tags, a long tail of rare ones. `skew` 1 is uniform.
   */
  skewedIndex(size: number, skew = 2): number {
    return Math.min(size - 1, Math.floor(Math.pow(this.next(), skew) * size));
  }

  /** `count` distinct items, in random order (count is capped at the number of items). */
  sample<T>(items: readonly T[], count: number, index: (size: number) => number = (size) => this.int(0, size - 1)): T[] {
    const chosen = new Set<number>();
    const want = Math.min(count, items.length);
    while (chosen.size < want) chosen.add(index(items.length));
    return [...chosen].map((i) => items[i] as T);
  }

  /** An exponentially distributed number with the given mean (waiting times, comment counts). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
}
