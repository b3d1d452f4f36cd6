/** Logins as the admin's users page sees them. Admins only: these carry emails and bans. */
import "server-only";
import { db } from "@/lib/db";
import { containsText } from "@/lib/dialect";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { pageCount } from "@/lib/site/pagination";
import type { UserListParams } from "@/lib/users/admin-schemas";

export const USERS_PER_PAGE = 25;

export interface AdminUserDTO {
  id: string;
  name: string;
  email: string;
  role: Role;
  bannedAt: Date | null;
  banReason: string | null;
  createdAt: Date;
}

export interface AdminUserListDTO {
  items: AdminUserDTO[];
  total: number;
  page: number;
  totalPages: number;
}

function listWhere({ q, role }: UserListParams): Prisma.UserWhereInput {
  return {
    // Case ignored, so "ADA" finds ada@example.com.
    ...(q ? { OR: [{ email: containsText(q) }, { name: containsText(q) }] } : {}),
    ...(role ? { role } : {}),
  };
}

/** Users matching the search, newest accounts first, 25 a page. */
export async function listUsers(actor: Actor | null, params: UserListParams): Promise<AdminUserListDTO> {
  if (!can(actor, "user:manage-roles")) throw new AppError("FORBIDDEN", "You may not manage users.");
  const where = listWhere(params);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (params.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: { id: true, name: true, email: true, role: true, bannedAt: true, banReason: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({ ...row, name: row.name ?? "", email: row.email ?? "" })),
    total,
    page: params.page,
    totalPages: pageCount(total, USERS_PER_PAGE),
  };
}
