export const COMMENT_SORTS = ["oldest", "newest"] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

export function parseCommentSort(value: string | string[] | undefined): CommentSort {
  return value === "newest" ? "newest" : "oldest";
}
