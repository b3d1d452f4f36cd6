/**
 * A parsed Ghost export → the importer's SourceSite. Pure.
 *
 * Ghost's primary tag (the first, `sort_order` 0) is the section; its other public tags are
 * tags; internal tags (`#name`) are left out. Authors come in byline order from
 * `posts_authors`. Members-only and paid posts never become public: they are imported as drafts.
 */
import type { SourceAuthor, SourceImage, SourceLink, SourcePost, SourceSite, SourceTerm } from "@/lib/import/model";
import { imagePathOf, type ImagePathRule } from "@/lib/import/image-paths";
import { normaliseLegacyPath } from "@/lib/redirects/legacy-paths";
import { slugify } from "@/lib/text/slug";
import { lexicalToHtml, mobiledocToHtml } from "./editor-html";
import type { GhostExport, GhostPost, GhostUser } from "./parse-ghost";
import type { GhostRedirects } from "./redirects";

export const GHOST_URL = "__GHOST_URL__";
const IMAGES = "/content/images/";

/** Ghost writes UTC times as `2026-11-20 07:30:00` or ISO 8601. */
export function ghostDate(value: string): Date | null {
  if (!value) return null;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(" ", "T")}Z` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function mapGhostStatus(status: string, visibility: string): Pick<SourcePost, "status" | "skipReason" | "restriction"> {
  const restricted = visibility !== "public";
  switch (status) {
    case "published":
      return restricted ? { status: "DRAFT", skipReason: "", restriction: "members" } : { status: "PUBLISHED", skipReason: "", restriction: null };
    case "scheduled":
      return restricted ? { status: "DRAFT", skipReason: "", restriction: "members" } : { status: "SCHEDULED", skipReason: "", restriction: null };
    case "draft":
      return { status: "DRAFT", skipReason: "", restriction: restricted ? "members" : null };
    case "sent":
      return { status: null, skipReason: "sent as a newsletter only, never on the site", restriction: null };
    default:
      return { status: null, skipReason: `status "${status}" is not one Masthead has`, restriction: null };
  }
}

function links(user: GhostUser): SourceLink[] {
  const out: SourceLink[] = [];
  if (user.website) out.push({ kind: "website", url: user.website });
  if (user.twitter) out.push({ kind: "x", url: `https://x.com/${user.twitter.replace(/^@/, "")}` });
  if (user.linkedin) out.push({ kind: "linkedin", url: /^https?:/.test(user.linkedin) ? user.linkedin : `https://www.linkedin.com/in/${user.linkedin.replace(/^\/+|\/+$/g, "")}/` });
  if (user.bluesky) out.push({ kind: "bluesky", url: /^https?:/.test(user.bluesky) ? user.bluesky : `https://bsky.app/profile/${user.bluesky.replace(/^@/, "")}` });
  if (user.mastodon && /^https?:/.test(user.mastodon)) out.push({ kind: "mastodon", url: user.mastodon });
  return out;
}

function bodyHtml(post: GhostPost, notes: Record<string, number>): string {
  if (post.html) return post.html;
  const skipped = new Map<string, number>();
  let html = "";
  try {
    html = post.lexical ? lexicalToHtml(post.lexical, skipped) : post.mobiledoc ? mobiledocToHtml(post.mobiledoc, skipped) : "";
  } catch {
    notes["Ghost editor documents that could not be read (body left empty)"] = (notes["Ghost editor documents that could not be read (body left empty)"] ?? 0) + 1;
  }
  for (const [card, n] of skipped) notes[`${card} left out`] = (notes[`${card} left out`] ?? 0) + n;
  return html;
}

export function mapGhost(ghost: GhostExport, redirects: GhostRedirects | null): SourceSite {
  const { data } = ghost;
  const setting = (key: string) => String(data.settings.find((s) => s.key === key)?.value ?? "");
  const site = setting("site_uuid") || setting("db_hash") || setting("title") || "ghost";
  const origins = [GHOST_URL];
  const images: ImagePathRule = { bases: origins.map((o) => `${o}${IMAGES}`), originals: [], sizeFolders: true };
  const notes: Record<string, number> = {};
  const note = (what: string, n = 1) => void (notes[what] = (notes[what] ?? 0) + n);
  const image = (src: string, alt = "", caption = ""): SourceImage | null => {
    const path = src ? imagePathOf(images, src) : null;
    return path ? { path, alt, caption } : null;
  };

  const authors: SourceAuthor[] = data.users.map((u) => ({
    sourceId: u.id,
    slug: u.slug || slugify(u.name),
    name: u.name,
    email: u.email,
    bio: u.bio,
    links: links(u),
    photo: image(u.profile_image),
  }));

  const tagById = new Map(data.tags.map((t) => [t.id, t]));
  const term = (id: string): SourceTerm | null => {
    const t = tagById.get(id);
    if (!t || t.visibility === "internal" || t.name.startsWith("#")) return null;
    return { sourceId: t.id, slug: t.slug, name: t.name, description: t.description, oldPath: `/tag/${t.slug}` };
  };
  const ordered = <T extends { post_id: string; sort_order?: number | null }>(rows: T[], postId: string) =>
    rows.filter((r) => r.post_id === postId).sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0));
  const metaByPost = new Map(data.posts_meta.map((m) => [m.post_id, m]));

  const sections = new Map<string, SourceTerm>();
  const tags = new Map<string, SourceTerm>();
  const posts: SourcePost[] = data.posts.map((p) => {
    const type = p.type === "post" ? "post" : p.type === "page" ? "page" : "other";
    const mapped = type === "post" ? mapGhostStatus(p.status, p.visibility) : { status: null, skipReason: type === "page" ? "a page: Masthead has no route for pages" : `a ${p.type}, not a post`, restriction: null };
    const terms = ordered(data.posts_tags, p.id).map((r) => term(r.tag_id)).filter((t): t is SourceTerm => t !== null);
    const [primary, ...rest] = terms;
    if (mapped.status) {
      if (primary) sections.set(primary.sourceId, primary);
      for (const t of rest) tags.set(t.sourceId, t);
    }
    const meta = metaByPost.get(p.id);
    const publishedAt = mapped.status === "PUBLISHED" || mapped.status === "SCHEDULED" ? ghostDate(p.published_at) : null;
    return {
      sourceId: p.id,
      type,
      title: p.title,
      slug: p.slug,
      ...mapped,
      sourceStatus: p.visibility === "public" ? p.status : `${p.status}, ${p.visibility} only`,
      excerpt: p.custom_excerpt.replace(/\s+/g, " ").trim(),
      html: type === "post" ? bodyHtml(p, notes) : "",
      publishedAt,
      modifiedAt: ghostDate(p.updated_at),
      featured: p.featured,
      hero: image(p.feature_image, meta?.feature_image_alt ?? "", meta?.feature_image_caption ?? ""),
      sectionSourceId: primary?.sourceId ?? null,
      tagSourceIds: rest.map((t) => t.sourceId),
      authorSourceIds: ordered(data.posts_authors, p.id).map((r) => r.author_id),
      commentsOpen: true,
      comments: [],
      oldPaths: p.slug ? [normaliseLegacyPath(`/${p.slug}/`)!] : [],
    };
  });
  if (redirects?.patterns) note("redirect rules with patterns (not one fixed address) left out", redirects.patterns);

  return {
    system: "ghost",
    site,
    title: setting("title"),
    origins,
    images,
    authors,
    sections: [...sections.values()],
    tags: [...tags.values()],
    posts,
    redirects: redirects?.rules ?? [],
    notes,
  };
}
