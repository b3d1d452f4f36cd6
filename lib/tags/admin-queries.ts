/** Tags as the newsroom's admin sees them, with how many articles carry each. */
import "server-only";
import { db } from "@/lib/db";
import type { Page } from "@/lib/articles/dto";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { clampPage, pageCount } from "@/lib/site/pagination";

export interface TagRowDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
  /** Articles of every status, drafts included. */
  articleCount: number;
}

export const TAGS_PER_PAGE = 50;

const rowSelect = { id: true, slug: true, name: true, description: true, _count: { select: { articles: true } } } as const;

function toRow({ _count, ...row }: { _count: { articles: number } } & Omit<TagRowDTO, "articleCount">): TagRowDTO {
  return { ...row, articleCount: _count.articles };
}

function assertMayManage(actor: Actor | null): void {
  if (!can(actor, "tag:manage")) throw new AppError("FORBIDDEN", "You are not allowed to manage tags.");
}

/** A page of tags in alphabetical order, 50 a page. */
export async function listTagsForAdmin(actor: Actor | null, page: number): Promise<Page<TagRowDTO>> {
  assertMayManage(actor);
  const total = await db.tag.count();
  const totalPages = pageCount(total, TAGS_PER_PAGE);
  const current = Math.min(clampPage(page), totalPages);
  const rows = await db.tag.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (current - 1) * TAGS_PER_PAGE,
    take: TAGS_PER_PAGE,
    select: rowSelect,
  });
  return { items: rows.map(toRow), page: current, totalPages, total };
}

export async function getTagForEdit(actor: Actor | null, id: string): Promise<TagRowDTO | null> {
  assertMayManage(actor);
  const row = await db.tag.findUnique({ where: { id }, select: rowSelect });
  return row && toRow(row);
}
