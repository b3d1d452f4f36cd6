import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listPublicComments } from "@/lib/comments/queries";
import { createArticle, createComment, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

describe("public comments", () => {
  let articleId: string;
  let userId: string;

  beforeAll(async () => {
    articleId = (await createArticle()).id;
    userId = (await createUser({ name: "Ada" })).id;
  });

  it("shows only approved comments, with replies nested under their thread", async () => {
    const top = await createComment({ articleId, userId, body: "Top" });
    await createComment({ articleId, userId, body: "Reply", parentId: top.id });
    await createComment({ articleId, userId, body: "Pending", status: "PENDING" });
    await createComment({ articleId, userId, body: "Rejected", status: "REJECTED" });
    await createComment({ articleId, userId, body: "Spam", status: "SPAM" });
    await createComment({ articleId, userId, body: "Pending reply", status: "PENDING", parentId: top.id });

    const threads = await listPublicComments(articleId);
    expect(threads.map((t) => t.body)).toEqual(["Top"]);
    expect(threads[0]?.replies.map((r) => r.body)).toEqual(["Reply"]);
    expect(threads[0]?.authorName).toBe("Ada");
  });

  it("keeps a deleted comment with replies as a [deleted] placeholder and drops one without", async () => {
    const other = (await createArticle()).id;
    const withReplies = await createComment({ articleId: other, userId, body: "gone", deletedAt: new Date() });
    await createComment({ articleId: other, userId, body: "still here", parentId: withReplies.id });
    await createComment({ articleId: other, userId, body: "gone too", deletedAt: new Date() });

    const threads = await listPublicComments(other);
    expect(threads).toHaveLength(1);
    expect(threads[0]?.body).toBeNull();
    expect(threads[0]?.replies.map((r) => r.body)).toEqual(["still here"]);
  });

  it("shows a signed-in reader their own comments awaiting moderation, and nobody else's, newest first when asked", async () => {
    const other = (await createArticle()).id;
    const reader = (await createUser({ name: "Grace" })).id;
    const stranger = (await createUser({ name: "Alan" })).id;
    const now = new Date();
    const at = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    await createComment({ articleId: other, userId: stranger, body: "theirs, approved", createdAt: at(30) });
    await createComment({ articleId: other, userId: reader, body: "mine, pending", status: "PENDING", createdAt: at(5) });
    await createComment({ articleId: other, userId: stranger, body: "theirs, pending", status: "PENDING", createdAt: at(15) });
    await createComment({ articleId: other, userId: reader, body: "mine, pending, withdrawn", status: "PENDING", deletedAt: now, createdAt: at(12) });
    await createComment({ articleId: other, userId: reader, body: "mine, rejected", status: "REJECTED", createdAt: at(10) });
    await createComment({ articleId: other, userId: reader, body: "mine, approved, old", createdAt: at(60 * 24) });

    const seen = (await listPublicComments(other, reader, "newest", now)).map((t) => ({ body: t.body, author: t.authorName, mine: t.mine, pending: t.pending, editable: t.editable }));
    expect(seen).toEqual([
      { body: "mine, pending", author: "Grace", mine: true, pending: true, editable: true },
      { body: "theirs, approved", author: "Alan", mine: false, pending: false, editable: false },
      { body: "mine, approved, old", author: "Grace", mine: true, pending: false, editable: false },
    ]);
    expect((await listPublicComments(other)).map((t) => t.body)).toEqual(["mine, approved, old", "theirs, approved"]);
  });

  it("shows a comment of a deleted account without a name", async () => {
    const other = (await createArticle()).id;
    const leaving = await createUser();
    await createComment({ articleId: other, userId: leaving.id, body: "orphan" });
    await db.user.delete({ where: { id: leaving.id } });
    const threads = await listPublicComments(other);
    expect(threads[0]?.body).toBe("orphan");
    expect(threads[0]?.authorName).toBeNull();
  });
});
