import { z } from "zod";
import { isValidSlug } from "@/lib/text/slug";
import { idField, optionalIdField } from "@/lib/forms";

const optionalId = optionalIdField();

const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

export const ARTICLE_INTENTS = ["save", "submit", "publish", "schedule", "unpublish", "propose", "apply"] as const;
export type ArticleIntent = (typeof ARTICLE_INTENTS)[number];

/** The editable fields of an article, as the editor form sends them. */
export const articleFieldsSchema = z.object({
  title: z.string().trim().min(1, "A headline is required.").max(200, "Headlines are at most 200 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, "Slugs are at most 80 characters.")
    .refine((v) => v === "" || isValidSlug(v), "Use lowercase letters, digits and single dashes, e.g. my-story-title."),
  standfirst: z.string().trim().max(400, "The standfirst is at most 400 characters."),
  body: z.string().max(200_000, "The body is at most 200,000 characters.").transform((v) => v.replace(/\r\n?/g, "\n")),
  heroImageId: optionalId,
  heroAlt: z.string().trim().max(300, "Alt text is at most 300 characters."),
  heroCaption: z.string().trim().max(500, "The caption is at most 500 characters."),
  heroCredit: z.string().trim().max(200, "The credit is at most 200 characters."),
  sectionId: optionalId,
  /** Comma-separated names; unknown ones are created. */
  tags: z
    .string()
    .max(1000)
    .transform((v) => v.split(",").map((t) => t.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(60, "Tag names are at most 60 characters.")).max(12, "At most 12 tags.")),
  authorIds: z.preprocess(
    asList,
    z
      .array(z.string().trim().max(40))
      .transform((ids) => [...new Set(ids.filter(Boolean))])
      .pipe(z.array(idField("Invalid author.")).max(6, "At most 6 authors.")),
  ),
  seoTitle: z.string().trim().max(120, "The SEO title is at most 120 characters."),
  seoDescription: z.string().trim().max(300, "The SEO description is at most 300 characters."),
  commentsOpen: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export const articleFormSchema = articleFieldsSchema.extend({
  /** Empty for a new article. */
  articleId: optionalId,
  /** The version the editor was opened at: a stale save is refused. */
  version: z.coerce.number().int().min(0).default(0),
  intent: z.enum(ARTICLE_INTENTS, { error: "Unknown action." }),
  /** `datetime-local` in the newsroom's time zone, for scheduling. */
  scheduledAt: z.string().trim().max(40).optional(),
  /** For changes to a live article. */
  changeKind: z.enum(["MINOR", "SUBSTANTIVE"]).optional(),
  note: z.string().trim().max(500).optional(),
});

export type ArticleForm = z.infer<typeof articleFormSchema>;

export const revisionDecisionSchema = z.object({
  revisionId: idField("Invalid revision."),
  changeKind: z.enum(["MINOR", "SUBSTANTIVE"], { error: "Say whether the change is minor or substantive." }).optional(),
});

export const correctionSchema = z.object({
  articleId: idField("Invalid article."),
  body: z.string().trim().min(10, "Write the correction in a full sentence (at least 10 characters).").max(1000, "Corrections are at most 1,000 characters."),
});
