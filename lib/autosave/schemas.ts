/**
 * An autosave is the editor's form as typed, not yet an article: every field is kept as text,
 * whatever it holds (an empty headline, a slug with spaces), because the point is to lose
 * nothing. The article's own rules apply when the person saves. Only sizes are bounded here.
 */
import { z } from "zod";
import { optionalIdField } from "@/lib/forms";

/** The form fields an autosave keeps; the hero upload (a file) and the button pressed are not among them. */
export const AUTOSAVED_FIELDS = [
  "title",
  "slug",
  "standfirst",
  "body",
  "heroImageId",
  "heroAlt",
  "heroCaption",
  "heroCredit",
  "sectionId",
  "tags",
  "authorIds",
  "seoTitle",
  "seoDescription",
  "commentsOpen",
  "scheduledAt",
] as const;

export type AutosavedField = (typeof AUTOSAVED_FIELDS)[number];
export type AutosavedFields = Record<AutosavedField, string>;

/** The body may be as long as an article's; the other fields are short, with room to spare. */
export const AUTOSAVE_BODY_MAX = 200_000;
export const AUTOSAVE_FIELD_MAX = 2_000;

/** A field that repeats (the author selects) comes comma-joined, as a refused save echoes it. */
const fieldSchema = (max: number) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v.join(",") : v),
    z.string().max(max, `Too long to keep (at most ${max.toLocaleString("en")} characters).`).default(""),
  );

const fieldsShape = Object.fromEntries(AUTOSAVED_FIELDS.map((name) => [name, fieldSchema(name === "body" ? AUTOSAVE_BODY_MAX : AUTOSAVE_FIELD_MAX)])) as Record<
  AutosavedField,
  ReturnType<typeof fieldSchema>
>;

/** The stored fields, read back: anything missing is empty. */
export const autosavedFieldsSchema = z.object(fieldsShape);

/** What the editor sends every few seconds while someone types. */
export const autosaveFormSchema = autosavedFieldsSchema.extend({
  /** Empty while the article has not been saved yet. */
  articleId: optionalIdField("Invalid article."),
  /** The article's version when the form was opened. */
  version: z.coerce.number().int().min(0).default(0),
});

export type AutosaveForm = z.infer<typeof autosaveFormSchema>;

/** Which autosave a discard button names: an article's, or (empty) the new article's. */
export const autosaveTargetSchema = z.object({ articleId: optionalIdField("Invalid article.") });
