import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import type { AutosaveDTO } from "@/lib/autosave/dto";
import { autosaveKey } from "@/lib/autosave/restore";
import { autosavedFieldsSchema } from "@/lib/autosave/schemas";

function parseFields(text: string) {
  try {
    return autosavedFieldsSchema.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
}

/** The person's own autosave of an article (`null`: of their new one), or null. Nobody else's. */
export async function getOwnAutosave(actor: Actor, articleId: string | null): Promise<AutosaveDTO | null> {
  const row = await db.articleAutosave.findUnique({
    where: { userId_articleKey: { userId: actor.id, articleKey: autosaveKey(articleId) } },
    select: { updatedAt: true, baseVersion: true, fields: true },
  });
  const fields = row && parseFields(row.fields);
  if (!row || !fields?.success) return null;
  return { savedAt: row.updatedAt, baseVersion: row.baseVersion, fields: fields.data };
}
