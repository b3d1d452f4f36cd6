import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { SQLITE_BUSY_TIMEOUT_MS, sqliteFilePath } from "@/lib/db-adapter";
import { POSTGRES_LOCK_TIMEOUT_MS } from "@/lib/db-adapter-postgres";
import { env, appSecret } from "@/lib/env";
import { isDatabaseBusy } from "@/lib/errors";
import { createUnsubscribeToken } from "@/lib/comments/unsubscribe-token";
import { REQUEST_ID_HEADER } from "@/lib/request/request-id";
import { POST as unsubscribe } from "@/app/unsubscribe/route";
import { engine } from "@/test/engine";
import { createArticle, createComment, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

/** How long a write waits for another's lock before the database gives up. */
const LOCK_WAIT_MS = engine === "postgresql" ? POSTGRES_LOCK_TIMEOUT_MS : SQLITE_BUSY_TIMEOUT_MS;

/**
 * Another process's connection holding the write lock, as a backup tool or a second server
 * might: SQLite's lock on the whole file; on PostgreSQL, locks that let readers through but no
 * writer, on the tables these tests write.
 */
async function lockDatabase(): Promise<() => Promise<void>> {
  if (engine === "postgresql") {
    const locker = new pg.Client({ connectionString: env.DATABASE_URL });
    await locker.connect();
    await locker.query('BEGIN; LOCK TABLE "Comment", "SiteSetting" IN EXCLUSIVE MODE');
    return async () => {
      await locker.query("ROLLBACK");
      await locker.end();
    };
  }
  const locker = new Database(sqliteFilePath(env.DATABASE_URL));
  locker.exec("BEGIN EXCLUSIVE");
  return async () => {
    locker.exec("ROLLBACK");
    locker.close();
  };
}

async function commentWithNotifications() {
  const user = await createUser();
  const article = await createArticle();
  const comment = await createComment({ articleId: article.id, userId: user.id });
  await db.comment.update({ where: { id: comment.id }, data: { notifyReplies: true } });
  return comment.id;
}

const unsubscribeRequest = (commentId: string, requestId = "test-request-1") =>
  new Request(`http://localhost:3000/unsubscribe?token=${createUnsubscribeToken(commentId, appSecret)}`, {
    method: "POST",
    headers: { [REQUEST_ID_HEADER]: requestId },
  });

describe("a database locked by another process", () => {
  it("is recognised in the error Prisma throws once the busy timeout has passed", async () => {
    const unlock = await lockDatabase();
    try {
      const error = await db.siteSetting.create({ data: { key: "busy-probe", value: "1" } }).catch((e: unknown) => e);
      expect(isDatabaseBusy(error)).toBe(true);
      expect(isDatabaseBusy(new Error("no such table: Comment"))).toBe(false);
    } finally {
      await unlock();
    }
  });

  it("makes a writing route handler answer 503 with Retry-After after the busy timeout, then work again", async () => {
    const commentId = await commentWithNotifications();
    const lines: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: unknown) => void lines.push(String(line)));
    const unlock = await lockDatabase();
    let response: Response;
    const started = Date.now();
    try {
      response = await unsubscribe(unsubscribeRequest(commentId, "busy-request-7"));
    } finally {
      await unlock();
      spy.mockRestore();
    }
    const waited = Date.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toContain("Nothing was changed");
    expect(waited).toBeGreaterThanOrEqual(LOCK_WAIT_MS - 100);
    expect(waited).toBeLessThan(LOCK_WAIT_MS + 3000);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).notifyReplies).toBe(true);
    const logged = lines.map((l) => JSON.parse(l) as { event: string; requestId?: string });
    expect(logged).toContainEqual(expect.objectContaining({ event: "route.database-busy", requestId: "busy-request-7" }));

    const again = await unsubscribe(unsubscribeRequest(commentId));
    expect(again.status).toBe(303);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).notifyReplies).toBe(false);
  });
});

describe.runIf(engine === "postgresql")("a PostgreSQL server that cannot be reached", () => {
  it("is recognised in the error Prisma throws, so writes answer 503 while it is down", async () => {
    const { PrismaClient } = await import("@/lib/generated/prisma-postgresql/client");
    const { createDriverAdapter } = await import("@/lib/db-adapter");
    const { freePort } = await import("@/scripts/lib/free-port");
    const url = new URL(env.DATABASE_URL);
    url.port = String(await freePort());
    const unreachable = new PrismaClient({ adapter: createDriverAdapter(url.toString()) });
    try {
      const error = await unreachable.siteSetting.create({ data: { key: "down-probe", value: "1" } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseBusy(error)).toBe(true);
    } finally {
      await unreachable.$disconnect();
    }
  });
});
