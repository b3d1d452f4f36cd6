/** Author profiles as the newsroom's admin sees them. Public reads are in queries.ts. */
import "server-only";
import { db } from "@/lib/db";
import type { ImageDTO } from "@/lib/articles/dto";
import { imageSelect, toImage } from "@/lib/articles/select";
import { ROLES, can, roleCan, type Actor, type Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export interface AuthorRowDTO {
  id: string;
  slug: string;
  name: string;
  jobTitle: string;
  photo: ImageDTO | null;
  /** The linked login's name or email, if any. */
  linkedUser: string | null;
  /** Bylines on articles of every status, drafts included. */
  articleCount: number;
}

export interface AuthorEditDTO {
  id: string;
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  photoId: string | null;
  userId: string | null;
  affiliations: { role: string; organisation: string; url: string }[];
  links: { kind: string; url: string }[];
  articleCount: number;
}

/** A login that may be linked to a byline. */
export interface LinkableUserDTO {
  id: string;
  label: string;
  role: Role;
  /** The author it is linked to now, if any. */
  linkedAuthorId: string | null;
  linkedAuthorName: string | null;
}

function assertMayManage(actor: Actor | null): void {
  if (!can(actor, "author:manage")) throw new AppError("FORBIDDEN", "You are not allowed to manage authors.");
}

const userLabel = (u: { name: string | null; email: string | null }) => (u.name && u.email ? `${u.name} <${u.email}>` : u.name || u.email || "Unnamed account");

/** Every author, by name (a newsroom has tens, not thousands). */
export async function listAuthorsForAdmin(actor: Actor | null): Promise<AuthorRowDTO[]> {
  assertMayManage(actor);
  const rows = await db.author.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
    select: {
      id: true,
      slug: true,
      name: true,
      jobTitle: true,
      photo: { select: imageSelect },
      user: { select: { name: true, email: true } },
      _count: { select: { articles: true } },
    },
  });
  return rows.map(({ photo, user, _count, ...row }) => ({
    ...row,
    photo: toImage(photo, `Portrait of ${row.name}`),
    linkedUser: user && userLabel(user),
    articleCount: _count.articles,
  }));
}

export async function getAuthorForEdit(actor: Actor | null, id: string): Promise<AuthorEditDTO | null> {
  assertMayManage(actor);
  const row = await db.author.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      jobTitle: true,
      bio: true,
      photoId: true,
      userId: true,
      affiliations: { orderBy: { position: "asc" }, select: { role: true, organisation: true, url: true } },
      links: { orderBy: { position: "asc" }, select: { kind: true, url: true } },
      _count: { select: { articles: true } },
    },
  });
  if (!row) return null;
  const { _count, affiliations, ...author } = row;
  return { ...author, affiliations: affiliations.map((a) => ({ ...a, url: a.url ?? "" })), articleCount: _count.articles };
}

/**
 * Logins that may be linked to a byline: every account that may open the admin, and the one
 * linked now (`currentUserId`) even if its role changed since.
 */
export async function listLinkableUsers(actor: Actor | null, currentUserId: string | null = null): Promise<LinkableUserDTO[]> {
  assertMayManage(actor);
  const staffRoles = ROLES.filter((role) => roleCan(role, "admin:access"));
  const rows = await db.user.findMany({
    where: { OR: [{ role: { in: staffRoles } }, ...(currentUserId ? [{ id: currentUserId }] : [])] },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: 500,
    select: { id: true, name: true, email: true, role: true, author: { select: { id: true, name: true } } },
  });
  return rows.map((u) => ({ id: u.id, label: userLabel(u), role: u.role, linkedAuthorId: u.author?.id ?? null, linkedAuthorName: u.author?.name ?? null }));
}
