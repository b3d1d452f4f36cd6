/** The moderation queue: comments waiting for approval, and comments readers reported. */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ModerationCommentDTO, ModerationQueueDTO } from "@/lib/moderation/dto";

/** How many of each queue the moderation page lists at once; deciding on them brings up the next. */
export const QUEUE_PAGE_SIZE = 50;

const openReports = { resolvedAt: null } satisfies Prisma.CommentReportWhereInput;

/** Pending comments that still exist. */
export const pendingWhere = { status: "PENDING", deletedAt: null } satisfies Prisma.CommentWhereInput;

/** Published-or-not comments with a report nobody acted on; pending ones are in the other queue. */
export const reportedWhere = {
  status: { not: "PENDING" },
  deletedAt: null,
  reports: { some: openReports },
} satisfies Prisma.CommentWhereInput;

const queueSelect = {
  id: true,
  body: true,
  status: true,
  createdAt: true,
  parentId: true,
  user: { select: { id: true, name: true, email: true, bannedAt: true } },
  article: { select: { id: true, title: true, slug: true } },
  reports: { where: openReports, orderBy: { createdAt: "desc" }, select: { reason: true } },
} satisfies Prisma.CommentSelect;

type QueueRow = Prisma.CommentGetPayload<{ select: typeof queueSelect }>;

function toDTO(row: QueueRow): ModerationCommentDTO {
  return {
    id: row.id,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt,
    isReply: row.parentId !== null,
    author: row.user && {
      id: row.user.id,
      name: row.user.name || "Reader",
      email: row.user.email ?? "",
      banned: row.user.bannedAt !== null,
    },
    article: row.article,
    reports: {
      count: row.reports.length,
      reasons: row.reports.map((r) => r.reason.trim()).filter((reason) => reason !== ""),
    },
  };
}

function assertModerator(actor: Actor | null): void {
  if (!can(actor, "comment:moderate")) throw new AppError("FORBIDDEN", "You may not moderate comments.");
}

async function listQueue(where: Prisma.CommentWhereInput, orderBy: Prisma.CommentOrderByWithRelationInput[], limit: number): Promise<ModerationQueueDTO> {
  const [rows, total] = await Promise.all([
    db.comment.findMany({ where, orderBy, take: limit, select: queueSelect }),
    db.comment.count({ where }),
  ]);
  return { items: rows.map(toDTO), total };
}

/** Comments waiting for a moderator, newest first. */
export async function listPendingComments(actor: Actor | null, limit = QUEUE_PAGE_SIZE): Promise<ModerationQueueDTO> {
  assertModerator(actor);
  return listQueue(pendingWhere, [{ createdAt: "desc" }, { id: "desc" }], limit);
}

/** Reported comments with their open reports, the most recently posted first. */
export async function listReportedComments(actor: Actor | null, limit = QUEUE_PAGE_SIZE): Promise<ModerationQueueDTO> {
  assertModerator(actor);
  return listQueue(reportedWhere, [{ createdAt: "desc" }, { id: "desc" }], limit);
}
