/**
 * Shapes of the demo newsroom's hand-written content. The seed script turns these
 * into rows, generated images and rendered article bodies.
 */

export interface SeedSection {
  slug: string;
  name: string;
  /** One or two sentences shown on the section page. */
  description: string;
}

export type SeedLinkKind = "linkedin" | "x" | "github" | "mastodon" | "bluesky" | "website";

export interface SeedAuthor {
  slug: string;
  name: string;
  jobTitle: string;
  /** Several paragraphs of plain Markdown separated by blank lines. */
  bio: string;
  /** e.g. { role: "Technical editor", organisation: "example.com", url: "https://example.com" } */
  affiliations: { role: string; organisation: string; url?: string }[];
  links: { kind: SeedLinkKind; url: string }[];
  /** 0–359: the hue of the generated portrait. */
  portraitHue: number;
  /** When set, the author profile is linked to a staff login with this email. */
  staffEmail?: string;
  staffRole?: "CONTRIBUTOR" | "EDITOR" | "ADMIN";
}

export interface SeedCommenter {
  handle: string;
  name: string;
  email: string;
}

export interface SeedComment {
  /** A SeedCommenter handle. */
  by: string;
  text: string;
  /** Hours after the article was published. */
  hoursAfter: number;
  replies?: { by: string; text: string; hoursAfter: number }[];
}

export interface SeedArticle {
  slug: string;
  title: string;
  standfirst: string;
  /** A SeedSection slug. */
  section: string;
  /** SeedAuthor slugs, in byline order. */
  authors: string[];
  /** Tag names, e.g. "Open source". Slugs are derived. */
  tags: string[];
  /** Days before the seed runs that the article was published (or, for drafts, last edited). */
  daysAgo: number;
  /** Hour of the day (0–23, UTC) of publication. */
  hour: number;
  /** Omitted means PUBLISHED. SCHEDULED articles are published `daysAgo` days in the FUTURE instead. */
  status?: "DRAFT" | "IN_REVIEW" | "SCHEDULED";
  /**
   * Markdown. May reference a generated figure as ![Alt](/media/fig-<article-slug> "Caption").
   */
  body: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  /** 0–359: the hue of the generated hero image. */
  heroHue: number;
  commentsOpen?: boolean;
  /** A correction note added `daysAfter` days after publication. */
  correction?: { daysAfter: number; text: string };
  /** A substantive update made `hoursAfter` hours after publication. */
  updatedHoursAfter?: number;
  /** Earlier slugs of this article, which must redirect to the current one. */
  oldSlugs?: string[];
  comments?: SeedComment[];
}
