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

/**
 * A comment as a page draws it, on the server or in the browser: dates already written out in
 * the newsroom's time zone, which the browser does not know.
 */
export interface CommentView extends Omit<CommentDTO, "createdAt" | "editedAt"> {
  /** ISO 8601, for `<time datetime>`. */
  createdAt: string;
  createdAtText: string;
  edited: boolean;
}

export interface CommentThreadView extends CommentView {
  replies: CommentView[];
}

/** The signed-in reader looking at the comments. */
export interface CommentViewer {
  name: string;
  banned: boolean;
  notifyReplies: boolean;
}
