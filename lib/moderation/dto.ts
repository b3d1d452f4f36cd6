import type { CommentStatus } from "@/lib/moderation/rules";

/** A comment as the moderation queue shows it. Staff only: it carries the commenter's email. */
export interface ModerationCommentDTO {
  id: string;
  /** The text as typed; rendered with CommentBody, never as HTML. */
  body: string;
  status: CommentStatus;
  createdAt: Date;
  /** A reply: approving it may email the person it answers. */
  isReply: boolean;
  /** Null once the commenter deleted their account. */
  author: { id: string; name: string; email: string; banned: boolean } | null;
  article: { id: string; title: string; slug: string };
  /** Reports nobody has acted on yet. */
  reports: { count: number; reasons: string[] };
}

export interface ModerationQueueDTO {
  items: ModerationCommentDTO[];
  /** How many are waiting in all; `items` holds the newest of them. */
  total: number;
}
