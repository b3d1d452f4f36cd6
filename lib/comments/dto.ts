export interface CommentDTO {
  id: string;
  /** The commenter's display name, or null once they deleted their account. */
  authorName: string | null;
  /** The text as typed, or null when the comment was deleted (shown as "[deleted]"). */
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
}

export interface CommentThreadDTO extends CommentDTO {
  replies: CommentDTO[];
}
