import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { roleCan, type Role } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateTags } from "@/lib/cache/invalidate";
import { articleTag } from "@/lib/cache/tags";

/** The stories where a user's name shows beside a published comment. */
async function articlesShowingCommentsBy(userId: string): Promise<string[]> {
  const rows = await db.comment.findMany({ where: { userId, status: "APPROVED" }, distinct: ["articleId"], select: { articleId: true } });
  return rows.map((r) => articleTag(r.articleId));
}

export async function updateProfile(userId: string, data: { name: string; notifyReplies: boolean }): Promise<void> {
  const before = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  await db.user.update({ where: { id: userId }, data });
  if (before && before.name !== data.name) await invalidateTags(await articlesShowingCommentsBy(userId));
}

/**
 * Deletes a login. Sessions and linked sign-in accounts go with it; comments stay, shown as
 * "[deleted user]"; an author profile stays, unlinked. The last admin cannot leave.
 */
export async function deleteAccount(userId: string): Promise<void> {
  const shownOn = await articlesShowingCommentsBy(userId);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) return;
    // Whoever manages roles must not be able to leave the site without anyone who can.
    if (roleCan(user.role, "user:manage-roles") && (await tx.user.count({ where: { role: "ADMIN" } })) <= 1) {
      throw new AppError("CONFLICT", "You are the last admin. Make someone else an admin before deleting your account.");
    }
    await tx.comment.updateMany({ where: { userId }, data: { notifyReplies: false } });
    await tx.user.delete({ where: { id: userId } });
  });
  await invalidateTags(shownOn);
  log.info("account.deleted", { userId });
}

/** Operator commands (`npx masthead users:add`, `users:role`) act as the system, not as a user. */
export async function addUser(email: string, role: Role): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `A user with the email ${email} already exists. Use users:role to change their role.`);
    }
    const user = await tx.user.create({ data: { email, name: email.split("@")[0]?.slice(0, 50), role }, select: { id: true } });
    await recordAudit(tx, { actorId: null, action: "user.create", targetType: "user", targetId: user.id, detail: { email, role, via: "cli" } });
    return user;
  });
}

export async function setRoleByEmail(email: string, role: Role): Promise<{ id: string; from: Role }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (!user) throw new AppError("NOT_FOUND", `No user has the email ${email}. Use users:add to create one.`);
    if (roleCan(user.role, "user:manage-roles") && !roleCan(role, "user:manage-roles") && (await tx.user.count({ where: { role: "ADMIN" } })) <= 1) {
      throw new AppError("CONFLICT", `${email} is the last admin; make someone else an admin first.`);
    }
    await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit(tx, { actorId: null, action: "user.role", targetType: "user", targetId: user.id, detail: { from: user.role, to: role, via: "cli" } });
    return { id: user.id, from: user.role };
  });
}
