/**
 * Reads a Ghost JSON export (Ghost 1–5: `{ db: [{ meta, data }] }`, or the bare `{ meta, data }`)
 * into checked records, refusing a file that is not one. Pure (takes the file's text).
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";

const text = z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? "" : String(v)));
const id = z.union([z.string(), z.number()]).transform(String);
const flag = z.union([z.boolean(), z.number(), z.string()]).nullish().transform((v) => v === true || v === 1 || v === "1" || v === "true");

const postSchema = z.object({
  id,
  title: text,
  slug: text,
  html: text,
  lexical: text,
  mobiledoc: text,
  feature_image: text,
  featured: flag,
  type: text.transform((t) => t || "post"),
  status: text,
  visibility: text.transform((v) => v || "public"),
  published_at: text,
  updated_at: text,
  created_at: text,
  custom_excerpt: text,
  plaintext: text,
});

const userSchema = z.object({
  id,
  name: text,
  slug: text,
  email: text,
  bio: text,
  website: text,
  profile_image: text,
  twitter: text,
  linkedin: text,
  bluesky: text,
  mastodon: text,
});

const tagSchema = z.object({ id, name: text, slug: text, description: text, visibility: text });

export const ghostExportSchema = z.object({
  meta: z.object({ version: text }).passthrough(),
  data: z.object({
    posts: z.array(postSchema),
    users: z.array(userSchema).default([]),
    tags: z.array(tagSchema).default([]),
    posts_tags: z.array(z.object({ post_id: id, tag_id: id, sort_order: z.number().nullish() })).default([]),
    posts_authors: z.array(z.object({ post_id: id, author_id: id, sort_order: z.number().nullish() })).default([]),
    posts_meta: z.array(z.object({ post_id: id, feature_image_alt: text, feature_image_caption: text })).default([]),
    settings: z.array(z.object({ key: z.string(), value: z.unknown() })).default([]),
  }),
});

export type GhostExport = z.infer<typeof ghostExportSchema>;
export type GhostPost = GhostExport["data"]["posts"][number];
export type GhostUser = GhostExport["data"]["users"][number];

function refuse(file: string, why: string): AppError {
  return new AppError("INVALID_INPUT", `${file} is not a Ghost export this importer can read: ${why}. Nothing was imported.`);
}

export function parseGhostExport(json: string, file = "The file"): GhostExport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const where = error instanceof Error ? error.message.replace(/^JSON\.parse: /, "") : "";
    throw new AppError("INVALID_INPUT", `${file} is not valid JSON (${where}); the export may be cut short or damaged. Nothing was imported.`);
  }
  const root = raw && typeof raw === "object" && "db" in raw && Array.isArray((raw as { db: unknown }).db) ? (raw as { db: unknown[] }).db[0] : raw;
  if (!root || typeof root !== "object" || !("data" in root) || !("meta" in root)) throw refuse(file, "it has no Ghost `db[0].meta` and `data`");
  const parsed = ghostExportSchema.safeParse(root);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(file, `data.${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
