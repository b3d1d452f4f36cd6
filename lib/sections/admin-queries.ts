/** Sections as the newsroom's admin sees them: every field, and how many articles each holds. */
import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export interface SectionRowDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  /** Articles of every status, drafts included. */
  articleCount: number;
}

const rowSelect = { id: true, slug: true, name: true, description: true, position: true, _count: { select: { articles: true } } } as const;

function toRow({ _count, ...row }: { _count: { articles: number } } & Omit<SectionRowDTO, "articleCount">): SectionRowDTO {
  return { ...row, articleCount: _count.articles };
}

function assertMayManage(actor: Actor | null): void {
  if (!can(actor, "section:manage")) throw new AppError("FORBIDDEN", "You are not allowed to manage sections.");
}

/** Every section in the newsroom's order. */
export async function listSectionsForAdmin(actor: Actor | null): Promise<SectionRowDTO[]> {
  assertMayManage(actor);
  const rows = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: rowSelect });
  return rows.map(toRow);
}

export async function getSectionForEdit(actor: Actor | null, id: string): Promise<SectionRowDTO | null> {
  assertMayManage(actor);
  const row = await db.section.findUnique({ where: { id }, select: rowSelect });
  return row && toRow(row);
}
