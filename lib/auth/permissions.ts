/**
 * The policy: which role may do what, and the rules that depend on the thing being acted on.
 * Pure — no session, no database — so the whole matrix is tested as a table. Every page, route
 * handler, server action and mutation asks here; nothing else compares roles.
 */

export const ROLES = ["READER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Role-level permissions. Resource rules (ownership, status) are the functions below. */
export const PERMISSIONS = {
  // Every signed-in user
  "comment:create": "READER",
  "comment:edit-own": "READER",
  "comment:delete-own": "READER",
  "comment:report": "READER",
  "account:edit-own": "READER",
  "account:delete-own": "READER",
  // Contributors
  "admin:access": "CONTRIBUTOR",
  "article:create": "CONTRIBUTOR",
  "article:edit-own-draft": "CONTRIBUTOR",
  "article:submit": "CONTRIBUTOR",
  "media:upload": "CONTRIBUTOR",
  // Editors
  "article:edit-any": "EDITOR",
  "article:publish": "EDITOR",
  "article:schedule": "EDITOR",
  "article:unpublish": "EDITOR",
  "article:correct": "EDITOR",
  "article:approve-revision": "EDITOR",
  "author:manage": "EDITOR",
  "section:manage": "EDITOR",
  "tag:manage": "EDITOR",
  "media:manage": "EDITOR",
  "comment:moderate": "EDITOR",
  /** Comments by these users skip pre-moderation. */
  "comment:post-unmoderated": "EDITOR",
  "user:ban": "EDITOR",
  "audit:view": "EDITOR",
  // Admins
  "user:manage-roles": "ADMIN",
  "settings:manage": "ADMIN",
  /** Moving a newsroom in from WordPress or Ghost (/admin/import): writes everything at once. */
  "site:import": "ADMIN",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof PERMISSIONS;

export interface Actor {
  id: string;
  role: Role;
  banned: boolean;
}

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** May a user of this role do this, whatever it is done to? */
export function roleCan(role: Role, permission: Permission): boolean {
  return roleRank(role) >= roleRank(PERMISSIONS[permission]);
}

/** May this user (or a signed-out visitor, `null`) do this? Banned users may not write comments. */
export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  if (actor.banned && permission.startsWith("comment:") && permission !== "comment:delete-own") return false;
  return roleCan(actor.role, permission);
}

// ---------------------------------------------------------------------------
// Resource rules
// ---------------------------------------------------------------------------

export const COMMENT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export interface CommentFacts {
  userId: string | null;
  createdAt: Date;
  deleted: boolean;
}

/** A commenter may edit their own comment for 15 minutes after posting it. */
export function canEditComment(actor: Actor | null, comment: CommentFacts, now: Date): boolean {
  return (
    can(actor, "comment:edit-own") &&
    comment.userId === actor?.id &&
    !comment.deleted &&
    now.getTime() - comment.createdAt.getTime() <= COMMENT_EDIT_WINDOW_MS
  );
}

/** A commenter may delete their own comment; moderators may remove any. */
export function canDeleteComment(actor: Actor | null, comment: CommentFacts): boolean {
  if (comment.deleted) return false;
  if (can(actor, "comment:moderate")) return true;
  return can(actor, "comment:delete-own") && comment.userId === actor?.id;
}

/** Anyone signed in may report someone else's comment. */
export function canReportComment(actor: Actor | null, comment: CommentFacts): boolean {
  return can(actor, "comment:report") && comment.userId !== actor?.id && !comment.deleted;
}

export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";

export interface ArticleFacts {
  status: ArticleStatus;
  createdById: string | null;
}

/** Editors edit any article; a contributor edits only their own draft. */
export function canEditArticle(actor: Actor | null, article: ArticleFacts): boolean {
  if (can(actor, "article:edit-any")) return true;
  return can(actor, "article:edit-own-draft") && article.status === "DRAFT" && article.createdById === actor?.id;
}

/**
 * Autosaving keeps a form's text for its writer, so it follows editing: whoever may start an
 * article autosaves a new one (`null`), and an existing article only by whoever may edit it.
 */
export function canAutosaveArticle(actor: Actor | null, article: ArticleFacts | null): boolean {
  return article ? canEditArticle(actor, article) : can(actor, "article:create");
}

/**
 * Workflow moves. A contributor may only send their own draft to review; editors move articles
 * between any states the workflow allows.
 */
export const WORKFLOW: Record<ArticleStatus, ArticleStatus[]> = {
  DRAFT: ["IN_REVIEW", "SCHEDULED", "PUBLISHED"],
  IN_REVIEW: ["DRAFT", "SCHEDULED", "PUBLISHED"],
  SCHEDULED: ["DRAFT", "PUBLISHED"],
  PUBLISHED: ["ARCHIVED"],
  ARCHIVED: ["DRAFT", "PUBLISHED"],
};

const MOVE_PERMISSION: Record<ArticleStatus, Permission> = {
  DRAFT: "article:edit-any",
  IN_REVIEW: "article:submit",
  SCHEDULED: "article:schedule",
  PUBLISHED: "article:publish",
  ARCHIVED: "article:unpublish",
};

export function canMoveArticle(actor: Actor | null, article: ArticleFacts, to: ArticleStatus): boolean {
  if (!WORKFLOW[article.status].includes(to)) return false;
  if (to === "IN_REVIEW" && !can(actor, "article:edit-any")) {
    return canEditArticle(actor, article) && can(actor, "article:submit");
  }
  return can(actor, MOVE_PERMISSION[to]);
}

/** An admin may change anyone's role but their own, so an admin can never remove the last admin by accident. */
export function canChangeRole(actor: Actor | null, targetUserId: string): boolean {
  return can(actor, "user:manage-roles") && actor?.id !== targetUserId;
}
