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
