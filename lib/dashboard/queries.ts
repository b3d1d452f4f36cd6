/**
 * The newsroom dashboard: what is being written, waiting for review, about to go live and —
 * for moderators — what the comment queue holds. Contributors see only their own articles.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { listPendingComments, listReportedComments } from "@/lib/moderation/queries";
import type { DashboardArticleListDTO, DashboardDTO } from "@/lib/dashboard/dto";

export const DASHBOARD_LIST_SIZE = 5;

const articleSelect = { id: true, title: true, status: true, updatedAt: true, scheduledAt: true } satisfies Prisma.ArticleSelect;

async function articleList(where: Prisma.ArticleWhereInput, orderBy: Prisma.ArticleOrderByWithRelationInput[]): Promise<DashboardArticleListDTO> {
  const [items, count] = await Promise.all([
    db.article.findMany({ where, orderBy, take: DASHBOARD_LIST_SIZE, select: articleSelect }),
    db.article.count({ where }),
  ]);
  return { count, items };
}

export async function getDashboard(actor: Actor | null): Promise<DashboardDTO> {
  if (!actor || !can(actor, "admin:access")) throw new AppError("FORBIDDEN", "You may not open the newsroom.");
  // Editors see the whole newsroom; a contributor sees the articles they started.
  const scope: DashboardDTO["scope"] = can(actor, "article:edit-any") ? "all" : "own";
  const mine: Prisma.ArticleWhereInput = scope === "all" ? {} : { createdById: actor.id };
  const newestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ updatedAt: "desc" }, { id: "desc" }];
  const moderates = can(actor, "comment:moderate");
  const [drafts, inReview, scheduled, pending, reported] = await Promise.all([
    articleList({ ...mine, status: "DRAFT" }, newestFirst),
    articleList({ ...mine, status: "IN_REVIEW" }, newestFirst),
    // The next to go live first.
    articleList({ ...mine, status: "SCHEDULED" }, [{ scheduledAt: "asc" }, { id: "asc" }]),
    moderates ? listPendingComments(actor, DASHBOARD_LIST_SIZE) : null,
    moderates ? listReportedComments(actor, DASHBOARD_LIST_SIZE) : null,
  ]);
  return { scope, drafts, inReview, scheduled, comments: pending && reported ? { pending, reported } : null };
}
