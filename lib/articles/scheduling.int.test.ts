/**
 * Scheduled publishing with several app servers: each runs the scheduler, so sweeps meet. Real
 * processes (test/publish-due-worker.ts), one database, one moment: every due story is published
 * once, with one audit event and one page-cache invalidation, whoever claimed it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { articleTag } from "@/lib/cache/tags";
import { createArticle } from "@/test/factories";

afterAll(() => db.$disconnect());

const WORKERS = 4;
const STORIES = 12;
const root = path.resolve(import.meta.dirname, "../..");

interface Worker {
  child: ChildProcessWithoutNullStreams;
  lines: AsyncIterator<string>;
}

function startWorker(now: Date): Worker {
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "test/publish-due-worker.ts", String(now.getTime())], {
    cwd: root,
    env: process.env,
  });
  child.stderr.resume();
  return { child, lines: readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]() };
}

async function nextLine(worker: Worker): Promise<string> {
  const { value, done } = await worker.lines.next();
  if (done) throw new Error(`worker ${worker.child.pid} ended without a line`);
  return value;
}

describe("several app servers sweeping at once", () => {
  it(`${WORKERS} processes publish ${STORIES} due stories exactly once between them`, { timeout: 120_000 }, async () => {
    const now = new Date();
    const stories = await Promise.all(
      Array.from({ length: STORIES }, (_, i) => createArticle({ status: "SCHEDULED", scheduledAt: new Date(now.getTime() - 60_000 + i * 1000) })),
    );
    const notYet = await createArticle({ status: "SCHEDULED", scheduledAt: new Date(now.getTime() + 60 * 60_000) });

    const workers = Array.from({ length: WORKERS }, () => startWorker(now));
    try {
      for (const worker of workers) expect(await nextLine(worker)).toBe("ready");
      for (const worker of workers) worker.child.stdin.write("go\n");
      const results = await Promise.all(workers.map(async (w) => (JSON.parse(await nextLine(w)) as { published: string[] }).published));

      const claimed = results.flat();
      expect([...claimed].sort()).toEqual(stories.map((s) => s.id).sort());
      expect(new Set(claimed).size).toBe(claimed.length);
      for (const story of stories) {
        const row = await db.article.findUniqueOrThrow({ where: { id: story.id } });
        expect(row).toMatchObject({ status: "PUBLISHED", publishedAt: story.scheduledAt, scheduledAt: null, version: story.version + 1 });
        expect(await db.auditEvent.count({ where: { action: "article.publish", targetId: story.id } })).toBe(1);
        expect(await db.cacheInvalidation.count({ where: { tag: articleTag(story.id) } })).toBe(1);
      }
      expect((await db.article.findUniqueOrThrow({ where: { id: notYet.id } })).status).toBe("SCHEDULED");
    } finally {
      for (const worker of workers) worker.child.kill("SIGKILL");
    }
  });
});
