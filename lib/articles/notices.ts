/** What the editor says after a save, by key (the key travels in the URL, the text never does). */
export const ARTICLE_NOTICES = {
  saved: "Saved.",
  submitted: "Submitted for review.",
  published: "Published.",
  scheduled: "Scheduled.",
  unpublished: "The article was unpublished.",
  live: "The change is live.",
  proposed: "Your change is saved for review; the published version stays online until an editor approves it.",
  restored: "The old version was restored.",
  "restored-pending": "The old version was restored as a pending change. Approve it to put it live.",
  "turned-down": "The change was turned down; the published version stays.",
} as const;

export type ArticleNotice = keyof typeof ARTICLE_NOTICES;

export function noticeText(key: string | string[] | undefined): string | null {
  return typeof key === "string" && key in ARTICLE_NOTICES ? ARTICLE_NOTICES[key as ArticleNotice] : null;
}
