export interface CommentDTO {
  id: string;
  /** The commenter's display name, or null once they deleted their account. */
  authorName: string | null;
  /** The text as typed, or null when the comment was deleted (shown as "[deleted]"). */
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
  /** Written by the person looking at the page. */
  mine: boolean;
  /** Awaiting moderation (only ever shown to its author). */
  pending: boolean;
  /** The viewer may still edit it (their own, within the edit window). */
  editable: boolean;
}

export interface CommentThreadDTO extends CommentDTO {
  replies: CommentDTO[];
}
