/** Reading the audit log. Staff with "audit:view" only. */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { pageCount } from "@/lib/site/pagination";

export const AUDIT_PER_PAGE = 50;

export interface AuditEventDTO {
  id: string;
  /** The actor's display name (or email); null for the system or a deleted account. */
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  /** JSON as stored. */
  detail: string;
  createdAt: Date;
}

export interface AuditFilters {
  /** Events whose action starts with this, e.g. "comment." or "user.ban"; "" for all. */
  action: string;
  /** "" for all. */
  targetType: string;
  page: number;
}

export interface AuditPageDTO {
  items: AuditEventDTO[];
  total: number;
  page: number;
  totalPages: number;
}

function assertCanView(actor: Actor | null): void {
  if (!can(actor, "audit:view")) throw new AppError("FORBIDDEN", "You may not read the audit log.");
}

/** The log, newest first, 50 a page. */
export async function listAuditEvents(actor: Actor | null, filters: AuditFilters): Promise<AuditPageDTO> {
  assertCanView(actor);
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.targetType ? { targetType: filters.targetType } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * AUDIT_PER_PAGE,
      take: AUDIT_PER_PAGE,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        detail: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditEvent.count({ where }),
  ]);
  return {
    items: rows.map(({ actor: who, ...row }) => ({ ...row, actorName: who ? who.name || who.email || "(no name)" : null })),
    total,
    page: filters.page,
    totalPages: pageCount(total, AUDIT_PER_PAGE),
  };
}

/** The target types that occur in the log, for the filter. */
export async function listAuditTargetTypes(actor: Actor | null): Promise<string[]> {
  assertCanView(actor);
  const rows = await db.auditEvent.findMany({ distinct: ["targetType"], orderBy: { targetType: "asc" }, select: { targetType: true } });
  return rows.map((r) => r.targetType);
}
