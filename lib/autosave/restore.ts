/** How an autosave becomes the editor's starting point again, and which slot it lives in. Pure. */
import type { ArticleSnapshot } from "@/lib/articles/snapshot";
import type { AutosavedFields } from "@/lib/autosave/schemas";

/** The slot of an article not saved yet: each person has one, beside one per article. */
export const NEW_ARTICLE_KEY = "new";

export function autosaveKey(articleId: string | null): string {
  return articleId ?? NEW_ARTICLE_KEY;
}

/** What the editor form opens with. */
export interface EditorStart {
  initial: ArticleSnapshot;
  tagNames: string[];
  scheduledAtLocal: string;
}

const list = (text: string) =>
  text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** The form as it was autosaved: the same text in the same fields, the checkbox as it was ticked. */
export function editorStartFromAutosave(fields: AutosavedFields): EditorStart {
  return {
    initial: {
      title: fields.title,
      slug: fields.slug,
      standfirst: fields.standfirst,
      body: fields.body,
      heroImageId: fields.heroImageId || null,
      heroAlt: fields.heroAlt,
      heroCaption: fields.heroCaption,
      heroCredit: fields.heroCredit,
      sectionId: fields.sectionId || null,
      // Tags travel by name in the form; the ids are found again when the article is saved.
      tagIds: [],
      authorIds: list(fields.authorIds),
      seoTitle: fields.seoTitle,
      seoDescription: fields.seoDescription,
      commentsOpen: fields.commentsOpen === "on",
    },
    tagNames: list(fields.tags),
    scheduledAtLocal: fields.scheduledAt,
  };
}
