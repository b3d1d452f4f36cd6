import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { listPendingComments, listReportedComments } from "@/lib/moderation/queries";
import { createActor, createArticle, createComment, createReport, createUser } from "@/test/factories";

afterAll(() => db.$disconnect());

let editor: Actor;

beforeEach(async () => {
  await db.comment.deleteMany();
  editor = await createActor("EDITOR");
});

describe("the moderation queues", () => {
  it("lists pending comments newest first, with author, email, article and any reports", async () => {
    const article = await createArticle({ title: "Chips and policy" });
    const author = await createUser({ name: "Ada", email: "ada@test.example" });
    const older = await createComment({ articleId: article.id, userId: author.id, status: "PENDING", body: "older", createdAt: new Date("2026-01-01T00:00:00Z") });
    const newer = await createComment({ articleId: article.id, userId: author.id, status: "PENDING", body: "<b>newer</b>", createdAt: new Date("2026-01-02T00:00:00Z") });
    await createComment({ articleId: article.id, userId: author.id, status: "APPROVED" });
    await createComment({ articleId: article.id, userId: author.id, status: "PENDING", deletedAt: new Date() });
    await createReport(older.id, "  ");

    const queue = await listPendingComments(editor);

    expect(queue.total).toBe(2);
    expect(queue.items.map((c) => c.id)).toEqual([newer.id, older.id]);
    expect(queue.items[0]).toMatchObject({
      body: "<b>newer</b>",
      isReply: false,
      author: { id: author.id, name: "Ada", email: "ada@test.example", banned: false },
      article: { id: article.id, title: "Chips and policy", slug: article.slug },
      reports: { count: 0, reasons: [] },
    });
    expect(queue.items[1]?.reports).toEqual({ count: 1, reasons: [] });
  });

  it("lists reported comments with their open reports only, and not pending ones", async () => {
    const article = await createArticle();
    const reported = await createComment({ articleId: article.id, userId: null, status: "APPROVED" });
    await createReport(reported.id, "spam");
    await createReport(reported.id, "rude");
    const resolved = await createReport(reported.id, "old news");
    await db.commentReport.update({ where: { id: resolved.id }, data: { resolvedAt: new Date() } });
    const settled = await createComment({ articleId: article.id, userId: null, status: "APPROVED" });
    await db.commentReport.update({ where: { id: (await createReport(settled.id, "x")).id }, data: { resolvedAt: new Date() } });
    const pending = await createComment({ articleId: article.id, userId: null, status: "PENDING" });
    await createReport(pending.id, "pending one");

    const queue = await listReportedComments(editor);

    expect(queue.total).toBe(1);
    expect(queue.items[0]).toMatchObject({ id: reported.id, status: "APPROVED", author: null });
    expect(queue.items[0]?.reports.count).toBe(2);
    expect([...queue.items[0]!.reports.reasons].sort()).toEqual(["rude", "spam"]);
  });

  it("limits the list but counts everything", async () => {
    const article = await createArticle();
    for (let i = 0; i < 4; i++) await createComment({ articleId: article.id, userId: null, status: "PENDING", body: `c${i}` });
    const queue = await listPendingComments(editor, 3);
    expect(queue.items).toHaveLength(3);
    expect(queue.total).toBe(4);
  });

  it.each(["READER", "CONTRIBUTOR"] as const)("%s cannot read the queues", async (role) => {
    const actor = await createActor(role);
    await expect(listPendingComments(actor)).rejects.toBeInstanceOf(AppError);
    await expect(listReportedComments(actor)).rejects.toBeInstanceOf(AppError);
    await expect(listPendingComments(null)).rejects.toBeInstanceOf(AppError);
  });
});
