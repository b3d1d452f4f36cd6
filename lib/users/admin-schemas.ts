import { z } from "zod";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { BAN_REASON_MAX } from "@/lib/moderation/rules";
import { parsePageParam } from "@/lib/site/pagination";
import { idField } from "@/lib/forms";

const userId = idField("Invalid user id.");

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(ROLES, "Choose one of the roles."),
});

export const banUserSchema = z.object({
  userId,
  reason: z
    .string()
    .trim()
    .min(1, "Give a reason for the ban; it is kept in the audit log.")
    .max(BAN_REASON_MAX, `Please keep the reason under ${BAN_REASON_MAX} characters.`),
});

export const userIdSchema = z.object({ userId });

export const USER_SEARCH_MAX = 100;

export interface UserListParams {
  /** Words to find in the email or display name; "" for everyone. */
  q: string;
  role: Role | null;
  page: number;
}

type Param = string | string[] | undefined;
const first = (value: Param) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The users list's query string, made safe: anything malformed falls back to "everyone, page 1". */
export function parseUserListParams(params: { q?: Param; role?: Param; page?: Param }): UserListParams {
  const q = first(params.q).trim().slice(0, USER_SEARCH_MAX);
  const role = ROLES.find((r) => r === first(params.role)) ?? null;
  return { q, role, page: parsePageParam(params.page) };
}
