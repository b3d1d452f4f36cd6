/**
 * Staff changes to logins: roles and bans. Every change is checked against the policy here,
 * whoever calls, and audited in the same transaction.
 */
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLES, can, canChangeRole, roleCan, type Actor, type Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/** The roles that can manage roles: the site must always keep one such user. */
const ROLE_MANAGERS = ROLES.filter((role) => roleCan(role, "user:manage-roles"));

const who = (user: { name: string | null; email: string | null }) => user.name || user.email || "This user";

async function findTarget(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, bannedAt: true, banReason: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "That user no longer exists.");
  return user;
}

export interface RoleChange {
  from: Role;
  to: Role;
  changed: boolean;
}

/** Gives a user another role. Admins cannot change their own, nor demote the last admin. */
export async function changeUserRole(actor: Actor | null, userId: string, role: Role): Promise<RoleChange> {
  if (actor?.id === userId) throw new AppError("FORBIDDEN", "You cannot change your own role. Ask another admin.");
  if (!canChangeRole(actor, userId)) throw new AppError("FORBIDDEN", "You are not allowed to change roles.");
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, userId);
    if (target.role === role) return { from: target.role, to: role, changed: false };
    const losesManagement = roleCan(target.role, "user:manage-roles") && !roleCan(role, "user:manage-roles");
    if (losesManagement && (await tx.user.count({ where: { role: { in: ROLE_MANAGERS } } })) <= 1) {
      throw new AppError("CONFLICT", `${who(target)} is the last admin. Make someone else an admin first.`);
    }
    if (target.bannedAt && roleCan(role, "comment:moderate")) {
      throw new AppError("CONFLICT", `${who(target)} is banned. Lift the ban before giving them a role that moderates.`);
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actorId: actor?.id ?? null, action: "user.role", targetType: "user", targetId: userId, detail: { from: target.role, to: role } });
    return { from: target.role, to: role, changed: true };
  });
}

export interface BanOutcome {
  /** The commenter's display name, for the confirmation. */
  name: string;
  /** Their comments that were waiting for approval and are now rejected. */
  rejectedComments: number;
}

/**
 * Bans a commenter inside a caller's transaction: they keep their account but may no longer
 * comment, and what they had waiting in the queue is rejected. Nobody may ban themselves or
 * someone who may moderate (change that person's role first).
 */
export async function banUserInTx(tx: Tx, actor: Actor | null, userId: string, reason: string, now: Date): Promise<BanOutcome> {
  if (!can(actor, "user:ban")) throw new AppError("FORBIDDEN", "You are not allowed to ban users.");
  if (actor?.id === userId) throw new AppError("FORBIDDEN", "You cannot ban yourself.");
  const target = await findTarget(tx, userId);
  if (roleCan(target.role, "comment:moderate")) {
    throw new AppError("FORBIDDEN", `${who(target)} moderates comments and cannot be banned. Change their role first.`);
  }
  if (target.bannedAt) throw new AppError("CONFLICT", `${who(target)} is already banned.`);
  await tx.user.update({ where: { id: userId }, data: { bannedAt: now, banReason: reason } });
  const pending = await tx.comment.findMany({ where: { userId, status: "PENDING", deletedAt: null }, select: { id: true } });
  const ids = pending.map((c) => c.id);
  if (ids.length > 0) {
    await tx.comment.updateMany({ where: { id: { in: ids } }, data: { status: "REJECTED", moderatedAt: now, moderatedById: actor?.id ?? null } });
    await tx.commentReport.updateMany({ where: { commentId: { in: ids }, resolvedAt: null }, data: { resolvedAt: now } });
  }
  await recordAudit(tx, {
    actorId: actor?.id ?? null,
    action: "user.ban",
    targetType: "user",
    targetId: userId,
    detail: { reason, rejectedComments: ids.length },
  });
  return { name: who(target), rejectedComments: ids.length };
}

export async function banUser(actor: Actor | null, userId: string, reason: string, now = new Date()): Promise<BanOutcome> {
  return db.$transaction((tx) => banUserInTx(tx, actor, userId, reason, now));
}

/** Lets a banned commenter comment again. Their rejected comments stay rejected. */
export async function unbanUser(actor: Actor | null, userId: string): Promise<{ name: string }> {
  if (!can(actor, "user:ban")) throw new AppError("FORBIDDEN", "You are not allowed to lift bans.");
  return db.$transaction(async (tx) => {
    const target = await findTarget(tx, userId);
    if (!target.bannedAt) throw new AppError("CONFLICT", `${who(target)} is not banned.`);
    await tx.user.update({ where: { id: userId }, data: { bannedAt: null, banReason: null } });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "user.unban",
      targetType: "user",
      targetId: userId,
      detail: { previousReason: target.banReason ?? "" },
    });
    return { name: who(target) };
  });
}
