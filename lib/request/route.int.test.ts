import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { SQLITE_BUSY_TIMEOUT_MS, sqliteFilePath } from "@/lib/db-adapter";
import { env, appSecret } from "@/lib/env";
import { isDatabaseBusy } from "@/lib/errors";
import { createUnsubscribeToken } from "@/lib/comments/unsubscribe-token";
import { REQUEST_ID_HEADER } from "@/lib/request/request-id";
import { POST as unsubscribe } from "@/app/unsubscribe/route";
import { createArticle, createComment, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

/** Another process's connection holding the write lock, as a backup tool or a second server might. */
function lockDatabase() {
  const locker = new Database(sqliteFilePath(env.DATABASE_URL));
  locker.exec("BEGIN EXCLUSIVE");
  return () => {
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
    const unlock = lockDatabase();
    try {
      const error = await db.siteSetting.create({ data: { key: "busy-probe", value: "1" } }).catch((e: unknown) => e);
      expect(isDatabaseBusy(error)).toBe(true);
      expect(isDatabaseBusy(new Error("no such table: Comment"))).toBe(false);
    } finally {
      unlock();
    }
  });

  it("makes a writing route handler answer 503 with Retry-After after the busy timeout, then work again", async () => {
    const commentId = await commentWithNotifications();
    const lines: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: unknown) => void lines.push(String(line)));
    const unlock = lockDatabase();
    let response: Response;
    const started = Date.now();
    try {
      response = await unsubscribe(unsubscribeRequest(commentId, "busy-request-7"));
    } finally {
      unlock();
      spy.mockRestore();
    }
    const waited = Date.now() - started;
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toContain("Nothing was changed");
    expect(waited).toBeGreaterThanOrEqual(SQLITE_BUSY_TIMEOUT_MS - 100);
    expect(waited).toBeLessThan(SQLITE_BUSY_TIMEOUT_MS + 3000);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).notifyReplies).toBe(true);
    const logged = lines.map((l) => JSON.parse(l) as { event: string; requestId?: string });
    expect(logged).toContainEqual(expect.objectContaining({ event: "route.database-busy", requestId: "busy-request-7" }));

    const again = await unsubscribe(unsubscribeRequest(commentId));
    expect(again.status).toBe(303);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).notifyReplies).toBe(false);
  });
});
