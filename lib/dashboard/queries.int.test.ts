import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getDashboard } from "@/lib/dashboard/queries";
import { createActor, createArticle, createComment, createReport } from "@/test/factories";

afterAll(() => db.$disconnect());

let editor: Actor;
let contributor: Actor;
const hour = 3_600_000;

beforeAll(async () => {
  editor = await createActor("EDITOR");
  contributor = await createActor("CONTRIBUTOR");
  const own = (id: string) => db.article.update({ where: { id }, data: { createdById: contributor.id } });
  for (let i = 0; i < 7; i++) await createArticle({ status: "DRAFT", title: `Desk draft ${i}` });
  await own((await createArticle({ status: "DRAFT", title: "My draft" })).id);
  await own((await createArticle({ status: "IN_REVIEW", title: "My pitch" })).id);
  await createArticle({ status: "IN_REVIEW", title: "Their pitch" });
  await createArticle({ status: "SCHEDULED", title: "Later", scheduledAt: new Date(Date.now() + 5 * hour) });
  await createArticle({ status: "SCHEDULED", title: "Sooner", scheduledAt: new Date(Date.now() + hour) });
  const published = await createArticle();
  await createComment({ articleId: published.id, userId: null, status: "PENDING" });
  const reported = await createComment({ articleId: published.id, userId: null, status: "APPROVED" });
  await createReport(reported.id, "rude");
});

describe("the dashboard", () => {
  it("shows editors every draft, review and scheduled article, five at most, plus the comment queues", async () => {
    const dashboard = await getDashboard(editor);
    expect(dashboard.scope).toBe("all");
    expect(dashboard.drafts.count).toBe(8);
    expect(dashboard.drafts.items).toHaveLength(5);
    expect(dashboard.inReview.items.map((a) => a.title).sort()).toEqual(["My pitch", "Their pitch"]);
    expect(dashboard.scheduled.items.map((a) => a.title)).toEqual(["Sooner", "Later"]);
    expect(dashboard.scheduled.items[0]?.scheduledAt).toBeInstanceOf(Date);
    expect(dashboard.comments?.pending.total).toBe(1);
    expect(dashboard.comments?.reported.total).toBe(1);
    expect(dashboard.comments?.reported.items[0]?.reports.reasons).toEqual(["rude"]);
  });

  it("shows a contributor only their own articles and no comment queues", async () => {
    const dashboard = await getDashboard(contributor);
    expect(dashboard.scope).toBe("own");
    expect(dashboard.drafts.items.map((a) => a.title)).toEqual(["My draft"]);
    expect(dashboard.inReview.items.map((a) => a.title)).toEqual(["My pitch"]);
    expect(dashboard.scheduled.count).toBe(0);
    expect(dashboard.comments).toBeNull();
  });

  it("is closed to readers", async () => {
    const reader = await createActor("READER");
    await expect(getDashboard(reader)).rejects.toBeInstanceOf(AppError);
    await expect(getDashboard(null)).rejects.toBeInstanceOf(AppError);
  });
});
