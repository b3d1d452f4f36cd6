import type { ArticleStatus } from "@/lib/auth/permissions";
import type { ModerationQueueDTO } from "@/lib/moderation/dto";

export interface DashboardArticleDTO {
  id: string;
  title: string;
  status: ArticleStatus;
  updatedAt: Date;
  scheduledAt: Date | null;
}

export interface DashboardArticleListDTO {
  /** All of them, not just the few listed. */
  count: number;
  items: DashboardArticleDTO[];
}

export interface DashboardDTO {
  /** "own": a contributor, who sees only the articles they created. */
  scope: "all" | "own";
  drafts: DashboardArticleListDTO;
  inReview: DashboardArticleListDTO;
  scheduled: DashboardArticleListDTO;
  /** The comment queue, for moderators only. */
  comments: { pending: ModerationQueueDTO; reported: ModerationQueueDTO } | null;
}
