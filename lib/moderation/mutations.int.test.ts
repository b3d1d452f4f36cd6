import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/permissions";
import { postComment } from "@/lib/comments/mutations";
import { banCommentAuthors, moderateComments } from "@/lib/moderation/mutations";
import { COMMENT_DECISIONS } from "@/lib/moderation/rules";
import { createActor, createArticle, createComment, createReport, createUser, databaseSnapshot } from "@/test/factories";
import { refusal } from "@/test/expectations";
afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());
let editor: Actor;
let article: { id: string; slug: string };
beforeEach(async () => {
  editor = await createActor("EDITOR");
  article = await createArticle();
});

const commentCount = async (articleId: string) => (await db.article.findUniqueOrThrow({ where: { id: articleId } })).commentCount;
const statusOf = async (id: string) => (await db.comment.findUniqueOrThrow({ where: { id } })).status;
const openReports = (commentId: string) => db.commentReport.count({ where: { commentId, resolvedAt: null } });
const auditFor = (targetId: string) => db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
async function pendingComment(body = "Waiting for a moderator") {
  const author = await createUser();
  return createComment({ articleId: article.id, userId: author.id, status: "PENDING", body });
}

describe("approving", () => {
  it("editor approves a pending comment: it is counted, its reports resolved, and the decision audited", async () => {
    const comment = await pendingComment();
    await createReport(comment.id, "rude");
    const now = new Date("2026-11-02T10:00:00Z");
    const outcome = await moderateComments(editor, "approve", [comment.id], now);
    expect(outcome).toEqual({ done: 1, skipped: 0 });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(stored).toMatchObject({ status: "APPROVED", moderatedAt: now, moderatedById: editor.id });
    expect(await commentCount(article.id)).toBe(1);
    expect(await openReports(comment.id)).toBe(0);
    const [event] = await auditFor(comment.id);
    expect(event).toMatchObject({ actorId: editor.id, action: "comment.approve", targetType: "comment" });
    expect(JSON.parse(event!.detail)).toMatchObject({ articleId: article.id, from: "PENDING", to: "APPROVED", reportsResolved: 1 });
  });
  it("approving a reply emails the commenter it answers (logged without SMTP), after the commit", async () => {
    const parentAuthor = await createUser({ email: "parent-author@test.example" });
    const parent = await createComment({ articleId: article.id, userId: parentAuthor.id, body: "Top" });
    await db.comment.update({ where: { id: parent.id }, data: { notifyReplies: true } });
    const replier = await createUser();
    const reply = await createComment({ articleId: article.id, userId: replier.id, parentId: parent.id, status: "PENDING", body: "A reply" });
    const logged = vi.spyOn(console, "log").mockImplementation(() => {});
    await expect(moderateComments(editor, "approve", [reply.id])).resolves.toEqual({ done: 1, skipped: 0 });
    const mail = logged.mock.calls.map(([line]) => String(line)).find((line) => line.includes('"mail.logged"'));
    expect(mail).toContain("parent-author@test.example");
    expect(mail).toContain(`#comment-${reply.id}`);
    expect(await commentCount(article.id)).toBe(2);
  });
  it("skips a comment that is already approved with no reports, without a second audit row", async () => {
    const comment = await pendingComment();
    await moderateComments(editor, "approve", [comment.id]);
    expect(await moderateComments(editor, "approve", [comment.id])).toEqual({ done: 0, skipped: 1 });
    expect(await auditFor(comment.id)).toHaveLength(1);
  });
});
describe("rejecting and spam", () => {
  it("rejecting a reported, approved comment hides it, recounts the article and resolves the reports", async () => {
    const author = await createUser();
    const comment = await createComment({ articleId: article.id, userId: author.id, status: "APPROVED" });
    await db.article.update({ where: { id: article.id }, data: { commentCount: 1 } });
    await createReport(comment.id, "insulting");
    await createReport(comment.id, "off topic");
    expect(await moderateComments(editor, "reject", [comment.id])).toEqual({ done: 1, skipped: 0 });
    expect(await statusOf(comment.id)).toBe("REJECTED");
    expect(await commentCount(article.id)).toBe(0);
    expect(await openReports(comment.id)).toBe(0);
    const [event] = await auditFor(comment.id);
    expect(event?.action).toBe("comment.reject");
    expect(JSON.parse(event!.detail)).toMatchObject({ from: "APPROVED", to: "REJECTED", reportsResolved: 2 });
  });
  it("marking as spam hides a pending comment and is audited as comment.spam", async () => {
    const comment = await pendingComment("Buy cheap watches");
    await moderateComments(editor, "spam", [comment.id]);
    expect(await statusOf(comment.id)).toBe("SPAM");
    expect(await commentCount(article.id)).toBe(0);
    expect((await auditFor(comment.id)).map((e) => e.action)).toEqual(["comment.spam"]);
  });
  it("dismissing the reports keeps an approved comment up and resolves them", async () => {
    const author = await createUser();
    const comment = await createComment({ articleId: article.id, userId: author.id, status: "APPROVED" });
    await db.article.update({ where: { id: article.id }, data: { commentCount: 1 } });
    await createReport(comment.id, "I disagree");
    expect(await moderateComments(editor, "dismiss", [comment.id])).toEqual({ done: 1, skipped: 0 });
    expect(await statusOf(comment.id)).toBe("APPROVED");
    expect(await openReports(comment.id)).toBe(0);
    expect(await commentCount(article.id)).toBe(1);
    expect((await auditFor(comment.id)).map((e) => e.action)).toEqual(["comment.dismiss-report"]);
    // Nothing left to dismiss.
    expect(await moderateComments(editor, "dismiss", [comment.id])).toEqual({ done: 0, skipped: 1 });
  });
});
describe("bulk decisions", () => {
  it("approves comments on several articles, recounting each, and skips unknown, deleted and repeated ids", async () => {
    const other = await createArticle();
    const a1 = await pendingComment("one");
    const a2 = await pendingComment("two");
    const b1 = await createComment({ articleId: other.id, userId: (await createUser()).id, status: "PENDING", body: "three" });
    const deleted = await createComment({ articleId: other.id, userId: (await createUser()).id, status: "PENDING", deletedAt: new Date() });
    const outcome = await moderateComments(editor, "approve", [a1.id, a2.id, b1.id, a1.id, deleted.id, "doesnotexist123"]);
    expect(outcome).toEqual({ done: 3, skipped: 2 });
    expect(await commentCount(article.id)).toBe(2);
    expect(await commentCount(other.id)).toBe(1);
    expect(await statusOf(deleted.id)).toBe("PENDING");
    expect(await db.auditEvent.count({ where: { targetId: { in: [a1.id, a2.id, b1.id] }, action: "comment.approve" } })).toBe(3);
    expect(await db.auditEvent.count({ where: { targetId: { in: [deleted.id, "doesnotexist123"] } } })).toBe(0);
  });
  it("an id list of only unknown comments changes nothing", async () => {
    const before = await databaseSnapshot();
    expect(await moderateComments(editor, "reject", ["nope1", "nope2"])).toEqual({ done: 0, skipped: 2 });
    expect(await databaseSnapshot()).toEqual(before);
  });
});
describe("banning from the queue", () => {
  it("bans the author once, rejects everything they have waiting, audits it, and stops them posting", async () => {
    const troll = await createUser();
    const first = await createComment({ articleId: article.id, userId: troll.id, status: "PENDING", body: "first" });
    const elsewhere = await createArticle();
    const second = await createComment({ articleId: elsewhere.id, userId: troll.id, status: "PENDING", body: "second" });
    const approved = await createComment({ articleId: article.id, userId: troll.id, status: "APPROVED", body: "earlier, fine" });
    const outcome = await banCommentAuthors(editor, [first.id, second.id], "Repeated abuse");
    expect(outcome).toEqual({ done: 1, skipped: 0 });
    const user = await db.user.findUniqueOrThrow({ where: { id: troll.id } });
    expect(user.bannedAt).toBeInstanceOf(Date);
    expect(user.banReason).toBe("Repeated abuse");
    expect(await statusOf(first.id)).toBe("REJECTED");
    expect(await statusOf(second.id)).toBe("REJECTED");
    expect(await statusOf(approved.id)).toBe("APPROVED");
    const [event] = await auditFor(troll.id);
    expect(event).toMatchObject({ action: "user.ban", targetType: "user", actorId: editor.id });
    expect(JSON.parse(event!.detail)).toEqual({ reason: "Repeated abuse", rejectedComments: 2 });
    const asSessionSeesThem: Actor = { id: user.id, role: user.role, banned: user.bannedAt !== null };
    const error = await refusal(postComment(asSessionSeesThem, { articleId: article.id, body: "Let me back in", notifyReplies: false }, "client-x"));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/no longer post/);
  });
  it("skips authors who are already banned or whose account is gone", async () => {
    const gone = await createComment({ articleId: article.id, userId: null, status: "PENDING" });
    const troll = await createUser();
    const comment = await createComment({ articleId: article.id, userId: troll.id, status: "PENDING" });
    await banCommentAuthors(editor, [comment.id], "spam");
    expect(await banCommentAuthors(editor, [comment.id, gone.id, "unknown1"], "again")).toEqual({ done: 0, skipped: 3 });
    expect(await db.auditEvent.count({ where: { targetId: troll.id, action: "user.ban" } })).toBe(1);
  });
  it("refuses the whole batch when one author moderates, or is the moderator", async () => {
    const colleague = await createActor("EDITOR");
    const fromColleague = await createComment({ articleId: article.id, userId: colleague.id, status: "APPROVED" });
    const ownComment = await createComment({ articleId: article.id, userId: editor.id, status: "APPROVED" });
    const fromReader = await pendingComment();
    const before = await databaseSnapshot();
    expect((await refusal(banCommentAuthors(editor, [fromReader.id, fromColleague.id], "no"))).message).toMatch(/cannot be banned/);
    expect((await refusal(banCommentAuthors(editor, [fromReader.id, ownComment.id], "no"))).message).toMatch(/cannot ban yourself/);
    expect(await databaseSnapshot()).toEqual(before);
  });
});
describe("who may moderate", () => {
  const lacking: [string, Role, { banned?: boolean }][] = [
    ["reader", "READER", {}],
    ["contributor", "CONTRIBUTOR", {}],
    ["banned editor", "EDITOR", { banned: true }],
  ];
  it.each(lacking)("%s cannot approve, reject, mark spam, dismiss or ban; nothing changes", async (_who, role, opts) => {
    const actor = await createActor(role, opts);
    const comment = await pendingComment();
    await createReport(comment.id, "bad");
    const before = await databaseSnapshot();
    for (const decision of COMMENT_DECISIONS) {
      expect((await refusal(moderateComments(actor, decision, [comment.id]))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(banCommentAuthors(actor, [comment.id], "because"))).code).toBe("FORBIDDEN");
    expect((await refusal(moderateComments(null, "approve", [comment.id]))).code).toBe("FORBIDDEN");
    expect(await databaseSnapshot()).toEqual(before);
  });
});
