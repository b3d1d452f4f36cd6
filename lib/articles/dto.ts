/** The shapes the reader's pages receive. No row leaves lib/ without being mapped to one. */

export interface ImageDTO {
  key: string;
  width: number;
  height: number;
  alt: string;
}

export interface BylineDTO {
  slug: string;
  name: string;
}

export interface SectionLinkDTO {
  slug: string;
  name: string;
}

export interface TagLinkDTO {
  slug: string;
  name: string;
}

/** An article as shown in a list: cards on the front page, sections, tags, authors. */
export interface ArticleCardDTO {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: Date;
  readingMinutes: number;
  commentCount: number;
  section: SectionLinkDTO | null;
  authors: BylineDTO[];
  hero: ImageDTO | null;
}

export interface AuthorBoxDTO {
  slug: string;
  name: string;
  jobTitle: string;
  /** Sanitised HTML rendered from the author's Markdown bio. */
  bioHtml: string;
  photo: ImageDTO | null;
  affiliations: { role: string; organisation: string; url: string | null }[];
  links: { kind: string; url: string }[];
}

export interface CorrectionDTO {
  id: string;
  body: string;
  createdAt: Date;
}

/** A published article, everything its page shows except comments and related stories. */
export interface ArticleDTO {
  id: string;
  slug: string;
  title: string;
  standfirst: string;
  bodyHtml: string;
  readingMinutes: number;
  wordCount: number;
  publishedAt: Date;
  /** The last substantive update, or null. */
  modifiedAt: Date | null;
  seoTitle: string;
  seoDescription: string;
  commentsOpen: boolean;
  commentCount: number;
  section: SectionLinkDTO | null;
  /** The section's and the tags' ids, which related stories are looked up by. */
  sectionId: string | null;
  tags: TagLinkDTO[];
  tagIds: string[];
  authors: AuthorBoxDTO[];
  hero: (ImageDTO & { caption: string; credit: string }) | null;
  corrections: CorrectionDTO[];
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}
