import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { deleteComment, editComment, postComment, reportComment } from "@/lib/comments/mutations";
import { listPublicComments } from "@/lib/comments/queries";
import { postCommentSchema } from "@/lib/comments/schemas";
import { createActor, createArticle, createComment } from "@/test/factories";
import { refusal } from "@/test/expectations";
afterAll(() => db.$disconnect());
const MINUTE = 60_000;
let article: { id: string; slug: string };
let reader: Actor;
let counter = 0;
const client = () => `client-${++counter}`;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 1, 12) + ms);
async function newReader(): Promise<Actor> {
  const reader = await createActor("READER");
  // An earlier approved comment: not a first-time commenter, so comments go live at once.
  await createComment({ articleId: article.id, userId: reader.id, status: "APPROVED", body: `earlier ${reader.id}`, createdAt: new Date("2025-01-01T00:00:00Z") });
  return reader;
}


const post = (actor: Actor, body: string, now: Date, clientHash = client(), extra: { parentId?: string } = {}) =>
  postComment(actor, { articleId: article.id, body, notifyReplies: false, ...extra }, clientHash, now);
beforeEach(async () => {
  article = await createArticle({ publishedAt: new Date("2026-01-01T00:00:00Z") });
  reader = await newReader();
});
describe("comment length", () => {
  const parse = (body: string) => postCommentSchema.safeParse({ articleId: "a1", body });
  it("accepts 1 and 5,000 characters after trimming, refuses 0 and 5,001", () => {
    expect(parse("   x   ").success).toBe(true);
    expect(parse("x".repeat(5000)).success).toBe(true);
    expect(parse(`  ${"x".repeat(5000)}\n`).success).toBe(true);
    const tooLong = parse("x".repeat(5001));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toMatch(/at most 5,000 characters/);
    expect(parse("   \n  ").success).toBe(false);
  });
});
describe("posting", () => {
  it("stores exactly what was typed (trimmed) and counts it", async () => {
    const body = "<script>alert(1)</script>\n<img src=x onerror=alert(1)> [x](javascript:alert(1))";
    const posted = await post(reader, body, at(0));
    expect(posted.status).toBe("APPROVED");
    const stored = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(stored.body).toBe(body);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.commentCount).toBe(2);
  });
  it("refuses the 6th comment in a minute from one user, and allows it a minute later", async () => {
    for (let i = 0; i < 5; i++) await post(reader, `comment ${i}`, at(i * 1000));
    const error = await refusal(post(reader, "comment 5", at(10_000)));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.message).toMatch(/wait a minute/);
    await expect(post(reader, "comment 5", at(MINUTE + 5000))).resolves.toMatchObject({ status: "APPROVED" });
  });
  it("keeps the limit when one user's comments arrive at once: 5 stored, the rest refused", async () => {
    const now = at(20 * MINUTE);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => post(reader, `at once ${i}`, now)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(5);
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code?: string }] : []));
    expect(refused.map((e) => e.code)).toEqual(["RATE_LIMITED", "RATE_LIMITED", "RATE_LIMITED"]);
    expect(await db.comment.count({ where: { userId: reader.id, body: { startsWith: "at once" } } })).toBe(5);
  });
  it("refuses the 6th comment in a minute from one client address, whoever sends it", async () => {
    for (let i = 0; i < 5; i++) await post(await newReader(), `from shared address ${i}`, at(i), "shared-address");
    const error = await refusal(post(await newReader(), "one more", at(10), "shared-address"));
    expect(error.code).toBe("RATE_LIMITED");
  });
  it("refuses the 51st comment in a day", async () => {
    for (let i = 0; i < 50; i++) await post(reader, `daily ${i}`, at(i * 2 * MINUTE));
    const error = await refusal(post(reader, "daily 50", at(101 * MINUTE)));
    expect(error.message).toMatch(/limit of 50/);
  });
  it("refuses an identical comment within 10 minutes, not after", async () => {
    await post(reader, "Same words", at(0));
    expect((await refusal(post(reader, "Same words", at(9 * MINUTE)))).code).toBe("CONFLICT");
    await expect(post(reader, "Same words", at(10 * MINUTE + 1000))).resolves.toBeTruthy();
  });
  it("accepts the same words again once the reader deleted the comment that held them", async () => {
    const first = await post(reader, "Said it twice", at(0));
    await deleteComment(reader, first.id, at(1000));
    const again = await post(reader, "Said it twice", at(2000));
    expect(again.id).not.toBe(first.id);
    const shown = (await listPublicComments(article.id)).filter((t) => t.body === "Said it twice");
    expect(shown.map((t) => t.id)).toEqual([again.id]);
  });
  it("refuses a banned user", async () => {
    const error = await refusal(post({ ...reader, banned: true }, "Let me in", at(0)));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/no longer post/);
  });
  it("refuses comments on a closed or unpublished article", async () => {
    await db.article.update({ where: { id: article.id }, data: { commentsOpen: false } });
    expect((await refusal(post(reader, "closed?", at(0)))).message).toMatch(/closed/);
    const draft = await createArticle({ status: "DRAFT" });
    const error = await refusal(postComment(reader, { articleId: draft.id, body: "x", notifyReplies: false }, client(), at(0)));
    expect(error.code).toBe("NOT_FOUND");
  });
  it("holds a new commenter's first comment, and lets their next one through once one is approved", async () => {
    const newcomer = await createActor("READER");
    const first = await post(newcomer, "Hello, first time here", at(0));
    expect(first.status).toBe("PENDING");
    expect((await listPublicComments(article.id)).some((t) => t.id === first.id)).toBe(false);
    const own = await listPublicComments(article.id, newcomer.id);
    expect(own.find((t) => t.id === first.id)?.pending).toBe(true);
    expect((await post(newcomer, "Second, still waiting", at(1000))).status).toBe("PENDING");
    await db.comment.update({ where: { id: first.id }, data: { status: "APPROVED" } });
    expect((await post(newcomer, "Third", at(2000))).status).toBe("APPROVED");
  });
  it("approves editors' comments at once and everyone's when pre-moderation is off", async () => {
    const editor = await createActor("EDITOR");
    expect((await post(editor, "From the desk", at(0))).status).toBe("APPROVED");
    await db.siteSetting.upsert({ where: { key: "comments.premoderation" }, create: { key: "comments.premoderation", value: "false" }, update: { value: "false" } });
    const newcomer = await createActor("READER");
    expect((await post(newcomer, "Straight through", at(0))).status).toBe("APPROVED");
    await db.siteSetting.delete({ where: { key: "comments.premoderation" } });
  });
  it("files a reply to a reply under the same thread", async () => {
    const top = await post(reader, "Top", at(0));
    const reply = await post(await newReader(), "Reply", at(1000), client(), { parentId: top.id });
    const nested = await post(await newReader(), "Reply to reply", at(2000), client(), { parentId: reply.id });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: nested.id } });
    expect(stored.parentId).toBe(top.id);
  });
});
describe("editing", () => {
  it("is allowed for 15 minutes and marks the comment edited", async () => {
    const { id } = await post(reader, "Typo heer", at(0));
    await editComment(reader, id, "Typo here", at(15 * MINUTE));
    const stored = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(stored.body).toBe("Typo here");
    expect(stored.editedAt).toEqual(at(15 * MINUTE));
    const late = await refusal(editComment(reader, id, "Too late", at(15 * MINUTE + 1000)));
    expect(late.message).toMatch(/15 minutes/);
  });
  it("is refused on someone else's comment", async () => {
    const { id } = await post(reader, "Mine", at(0));
    const other = await newReader();
    expect((await refusal(editComment(other, id, "Theirs now", at(1000)))).code).toBe("FORBIDDEN");
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe("Mine");
  });
});
describe("deleting", () => {
  it("leaves [deleted] in place of a comment that has replies and updates the count", async () => {
    const top = await post(reader, "Will be deleted", at(0));
    await post(await newReader(), "A reply", at(1000), client(), { parentId: top.id });
    await deleteComment(reader, top.id, at(2000));
    const thread = (await listPublicComments(article.id)).find((t) => t.id === top.id);
    expect(thread?.body).toBeNull();
    expect(thread?.replies.map((r) => r.body)).toEqual(["A reply"]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentCount).toBe(3);
  });
  it("is refused on someone else's comment", async () => {
    const { id } = await post(reader, "Keep me", at(0));
    expect((await refusal(deleteComment(await newReader(), id))).code).toBe("FORBIDDEN");
  });
});
describe("reporting", () => {
  it("puts someone else's comment in the queue once per reporter, and not one's own", async () => {
    const { id } = await post(reader, "Questionable", at(0));
    const other = await newReader();
    await reportComment(other, id, "spam");
    await reportComment(other, id, "spam again");
    expect(await db.commentReport.count({ where: { commentId: id } })).toBe(1);
    expect((await refusal(reportComment(reader, id, ""))).code).toBe("FORBIDDEN");
  });
});
