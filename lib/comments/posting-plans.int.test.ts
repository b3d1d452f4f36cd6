/**
 * Posting a comment must find the rows it checks (the rate limits, the duplicate, whether the
 * reader has an approved comment yet) through an index on the reader, the client, the story or
 * the comment itself, never by walking comments of one status: SQLite keeps no statistics here,
 * and once chose the status index for "has this reader an approved comment", reading every
 * approved comment on each post (0.7 s with a million of them).
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { createSqlCapture } from "@/test/sql-capture";

const capture = createSqlCapture(env.DATABASE_URL);
vi.mock("@/lib/db", () => ({ db: capture.db, dialect: capture.dialect }));

const { db } = await import("@/lib/db");
const { postComment } = await import("@/lib/comments/mutations");
const { createArticle, createComment, createUser } = await import("@/test/factories");

afterAll(() => db.$disconnect());

/** Indexes that lead with a column naming one reader, client, story or comment. */
const SELECTIVE = /USING (?:COVERING )?(?:INDEX (?:Comment_(?:userId|clientHash|articleId|parentId)_\w+|sqlite_autoindex_\w+)|INTEGER PRIMARY KEY|PRIMARY KEY)/;

describe("posting a comment", () => {
  it("reaches every comment it checks through a selective index", async () => {
    const [article, reader, other] = await Promise.all([createArticle(), createUser(), createUser()]);
    await createComment({ articleId: article.id, userId: other.id, status: "APPROVED" });
    capture.take();
    await postComment({ id: reader.id, role: "READER", banned: false }, { articleId: article.id, body: "A first comment.", notifyReplies: false }, "client-hash");
    const statements = capture.take();
    const problems: string[] = [];
    for (const statement of statements) {
      if (!/\bFROM\s+`main`\.`Comment`/.test(statement.sql)) continue;
      for (const step of await capture.explain(statement)) {
        if (!/^(SEARCH|SCAN) (?:main\.)?Comment\b/.test(step.detail)) continue;
        if (!SELECTIVE.test(step.detail)) problems.push(`${step.detail}\n    in ${statement.sql}`);
      }
    }
    expect(statements.length, "the client is captured").toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});
