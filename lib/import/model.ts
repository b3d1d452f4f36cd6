/**
 * What an export says, in one shape for every source system. The WordPress and Ghost readers
 * (wordpress/, ghost/) turn their files into a SourceSite; everything after (plan, apply,
 * report) knows nothing of WXR or Ghost JSON. Pure types.
 */
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { ImagePathRule } from "@/lib/import/image-paths";

export type SourceSystem = "wordpress" | "ghost";

/** Where a body, hero or profile image lives in the old site's uploads, relative to it. */
export interface SourceImage {
  /** Path under the uploads folder (WordPress `wp-content/uploads`, Ghost `content/images`), e.g. `2026/11/x.jpg`. */
  path: string;
  alt: string;
  caption: string;
}

export interface SourceLink {
  kind: "website" | "x" | "linkedin" | "mastodon" | "bluesky" | "github";
  url: string;
}

export interface SourceAuthor {
  sourceId: string;
  /** The author's archive slug on the old site (`/author/<slug>/`). */
  slug: string;
  name: string;
  email: string;
  bio: string;
  links: SourceLink[];
  photo: SourceImage | null;
}

export interface SourceTerm {
  sourceId: string;
  slug: string;
  name: string;
  description: string;
  /** The old archive path, e.g. `/category/ai-models` or `/tag/eu`. */
  oldPath: string;
}

export interface SourceComment {
  sourceId: string;
  /** The comment it answers, or null for a top-level comment. */
  parentSourceId: string | null;
  authorName: string;
  /** As the comment data says it; "" when there is none. */
  authorEmail: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
  createdAt: Date;
  /** approved, or why it is left out (pending, spam, trash, a pingback…). */
  approved: boolean;
  skipReason: string;
}

/** Why a post is not imported, or imported only as a draft. */
export type PostRestriction = "password" | "members" | null;

export interface SourcePost {
  sourceId: string;
  /** post or page; pages are skipped (Masthead has no route for them). */
  type: "post" | "page" | "other";
  title: string;
  /** The slug the old site used; "" for a draft that never had one. */
  slug: string;
  /** What Masthead makes of the source's status, or the reason it is skipped. */
  status: ArticleStatus | null;
  sourceStatus: string;
  skipReason: string;
  restriction: PostRestriction;
  excerpt: string;
  /** The body as HTML, after the source system's own markup (blocks, shortcodes, cards) is resolved. */
  html: string;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  /** WordPress sticky, Ghost featured: Masthead has no such flag yet; kept in the import record. */
  featured: boolean;
  hero: SourceImage | null;
  sectionSourceId: string | null;
  tagSourceIds: string[];
  /** In byline order. */
  authorSourceIds: string[];
  commentsOpen: boolean;
  comments: SourceComment[];
  /** Addresses the post answered at on the old site, normalised (legacy-paths.ts). */
  oldPaths: string[];
}

export interface SourceSite {
  system: SourceSystem;
  /** Identifies the old site: WordPress's base site URL, Ghost's site UUID. */
  site: string;
  title: string;
  /** Absolute origins whose links point into the old site (`http://localhost:8082`, `__GHOST_URL__`). */
  origins: string[];
  /** How an image address in a body leads to its uploads path (SourceImage.path). */
  images: ImagePathRule;
  authors: SourceAuthor[];
  sections: SourceTerm[];
  tags: SourceTerm[];
  posts: SourcePost[];
  /** Old path → old path, e.g. Ghost's redirects.yaml: the first keeps leading where the second leads. */
  redirects: { from: string; to: string }[];
  /** Things the reader noticed but did not import, counted by reason (e.g. "unknown shortcode [foo]"). */
  notes: Record<string, number>;
}
