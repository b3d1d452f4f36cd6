import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { roleCan } from "@/lib/auth/permissions";

export async function updateProfile(userId: string, data: { name: string; notifyReplies: boolean }): Promise<void> {
  await db.user.update({ where: { id: userId }, data });
}

/**
 * Deletes a login. Sessions and linked sign-in accounts go with it; comments stay, shown as
 * "[deleted user]"; an author profile stays, unlinked. The last admin cannot leave.
 */
export async function deleteAccount(userId: string): Promise<void> {
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
  log.info("account.deleted", { userId });
}
