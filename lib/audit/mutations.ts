/**
 * The audit log: who did what to what, and when. Written inside the same transaction as the
 * change it records, so a logged change always happened and a change is always logged.
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditTarget = "article" | "comment" | "user" | "author" | "section" | "tag" | "media" | "setting" | "import";

export interface AuditEntry {
  actorId: string | null;
  /** Verb-like, dotted: article.publish, article.unpublish, comment.approve, user.role, user.ban … */
  action: string;
  targetType: AuditTarget;
  targetId: string;
  detail?: Record<string, unknown>;
}

export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      detail: JSON.stringify(entry.detail ?? {}),
    },
  });
}
