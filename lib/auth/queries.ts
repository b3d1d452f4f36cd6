import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";

/**
 * The signed-in user as the rest of the app sees them: an Actor to the policy, with what the
 * pages show of them. Never sent to public components whole.
 */
export interface CurrentUserDTO extends Actor {
  name: string;
  email: string;
  notifyReplies: boolean;
}

/** The user holding an unexpired database session with this token, or null. */
export async function getUserBySessionToken(sessionToken: string, now = new Date()): Promise<CurrentUserDTO | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: {
      expires: true,
      user: { select: { id: true, name: true, email: true, role: true, bannedAt: true, notifyReplies: true } },
    },
  });
  if (!session || session.expires <= now) return null;
  const { user } = session;
  return {
    id: user.id,
    name: user.name || "Reader",
    email: user.email ?? "",
    role: user.role,
    banned: user.bannedAt !== null,
    notifyReplies: user.notifyReplies,
  };
}
