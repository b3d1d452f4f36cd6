/**
 * Reader load for the drill: a number of readers, each fetching one public page after another
 * through a base address (the edge) until told to stop, every answer recorded. A failed request
 * is a network error, a timeout or any status but 200, 301, 308 and 404 (a story that was
 * unpublished meanwhile).
 */
import { withSql } from "../reliability/support/sql";

export interface Read {
  path: string;
  status: number | null;
  at: number;
  /** What the edge's cache did (its X-Cache header: HIT, MISS or PASS). */
  cache?: string;
  error?: string;
}

export interface ReaderLoad {
  /** Stops the readers and waits for their last requests. */
  stop(): Promise<Read[]>;
}

const FINE = new Set([200, 301, 308, 404]);
export const failedReads = (reads: Read[]) => reads.filter((r) => r.status === null || !FINE.has(r.status));

/** Public pages of the seeded site: the front page, stories, sections, authors, the feed, images. */
export async function readerPaths(databaseUrl: string): Promise<string[]> {
  return withSql(databaseUrl, async (sql) => {
    const slugs = async (statement: string) => (await sql.all<{ slug: string }>(statement)).map((r) => r.slug);
    const stories = await slugs(`SELECT "slug" FROM "Article" WHERE "status" = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 20`);
    const sections = await slugs(`SELECT "slug" FROM "Section"`);
    const authors = await slugs(`SELECT "slug" FROM "Author" LIMIT 5`);
    const images = (await sql.all<{ key: string }>(`SELECT "key" FROM "Media" LIMIT 5`)).map((m) => `/media/${m.key}/640.webp`);
    return ["/", "/", ...stories.map((s) => `/articles/${s}`), ...sections.map((s) => `/sections/${s}`), ...authors.map((s) => `/authors/${s}`), "/feed.xml", ...images];
  });
}

/**
 * `readers` readers, each reading one of `paths` after another. Every other reader is signed in:
 * after each page their browser asks /api/viewer who is reading, which the edge always passes to
 * an app server, so the app servers carry reader load even when the edge has every page cached.
 */
export function startReaders(base: string, paths: readonly string[], readers: number): ReaderLoad {
  let running = true;
  const reads: Read[] = [];
  const read = async (path: string) => {
    try {
      const response = await fetch(`${base}${path}`, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      reads.push({ path, status: response.status, at: Date.now(), cache: response.headers.get("x-cache") ?? undefined });
    } catch (error) {
      reads.push({ path, status: null, at: Date.now(), error: String(error) });
    }
  };
  const loop = async (_: unknown, index: number) => {
    while (running) {
      await read(paths[Math.floor(Math.random() * paths.length)]!);
      if (index % 2 === 1 && running) await read("/api/viewer");
    }
  };
  const loops = Array.from({ length: readers }, loop);
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return reads;
    },
  };
}

/** "1,234 reads, 0 failed" and, when some failed, the first few. */
export function describeReads(reads: Read[]): string {
  const failed = failedReads(reads);
  const sample = failed.slice(0, 3).map((r) => `${r.path} → ${r.status ?? r.error}`);
  const fromOrigin = reads.filter((r) => r.cache === "MISS" || r.cache === "PASS").length;
  return `${reads.length.toLocaleString("en")} reads (${fromOrigin.toLocaleString("en")} from an app server), ${failed.length} failed${sample.length ? ` (${sample.join("; ")})` : ""}`;
}
