/**
 * A parsed WXR export → the importer's SourceSite: what becomes an article, a section, a tag,
 * an author and a comment, and what is left out and why. Pure.
 */
import type { SourceAuthor, SourceComment, SourceImage, SourcePost, SourceSite, SourceTerm } from "@/lib/import/model";
import { normaliseLegacyPath, wordpressPostPaths } from "@/lib/redirects/legacy-paths";
import { imagePathOf } from "@/lib/import/image-paths";
import { htmlToPlainText } from "@/lib/import/plain-text";
import { slugify } from "@/lib/text/slug";
import type { WxrAuthor, WxrComment, WxrExport, WxrItem, WxrTerm } from "./parse-wxr";
import { resolveWordPressBody, type WpAttachment } from "./wp-body";

/** WordPress's default category: a post filed only there has no section. */
const DEFAULT_CATEGORY = "uncategorized";

/** `2026-11-20 07:30:00` (GMT) → a Date; WordPress's `0000-00-00 00:00:00` (never set) → null. */
export function wordpressGmtDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!m || m[1] === "0000") return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** What a WordPress status becomes, or why the post is left out. */
export function mapWordPressStatus(status: string, password: string): Pick<SourcePost, "status" | "skipReason" | "restriction"> {
  if (status === "private") return { status: null, skipReason: "private in WordPress", restriction: null };
  if (status === "trash") return { status: null, skipReason: "in WordPress's trash", restriction: null };
  if (status === "auto-draft") return { status: null, skipReason: "an unsaved auto-draft", restriction: null };
  if (password) return { status: "DRAFT", skipReason: "", restriction: "password" };
  switch (status) {
    case "publish":
      return { status: "PUBLISHED", skipReason: "", restriction: null };
    case "future":
      return { status: "SCHEDULED", skipReason: "", restriction: null };
    case "pending":
      return { status: "IN_REVIEW", skipReason: "", restriction: null };
    case "draft":
      return { status: "DRAFT", skipReason: "", restriction: null };
    default:
      return { status: null, skipReason: `status "${status}" is not one Masthead has`, restriction: null };
  }
}

function attachmentsOf(wxr: WxrExport, uploadsBases: readonly string[]): Map<string, WpAttachment & { path: string }> {
  const map = new Map<string, WpAttachment & { path: string }>();
  for (const item of wxr.items) {
    if (item.type !== "attachment") continue;
    const path = item.meta.get("_wp_attached_file")?.[0] ?? imagePathOf({ bases: [...uploadsBases], originals: [], sizeFolders: false }, item.attachmentUrl) ?? "";
    map.set(item.id, { url: item.attachmentUrl, path, alt: item.meta.get("_wp_attachment_image_alt")?.[0] ?? "", caption: item.excerpt });
  }
  return map;
}

function commentsOf(item: WxrItem): SourceComment[] {
  return item.comments.map((c: WxrComment) => {
    const reason =
      c.type && c.type !== "comment" ? `a ${c.type}, not a comment` : c.approved === "1" ? "" : c.approved === "0" ? "waiting for moderation in WordPress" : c.approved === "spam" ? "spam" : c.approved === "trash" ? "in WordPress's trash" : `status "${c.approved}"`;
    return {
      sourceId: c.id,
      parentSourceId: c.parentId && c.parentId !== "0" ? c.parentId : null,
      authorName: c.author,
      authorEmail: c.email,
      body: htmlToPlainText(c.content),
      createdAt: wordpressGmtDate(c.dateGmt) ?? wordpressGmtDate(c.date) ?? new Date(0),
      approved: reason === "",
      skipReason: reason,
    };
  });
}

function termPath(base: string, term: WxrTerm, all: readonly WxrTerm[]): string {
  const chain = [term.slug];
  for (let parent = all.find((t) => t.slug === term.parentSlug); parent && chain.length < 10; parent = all.find((t) => t.slug === parent!.parentSlug)) chain.unshift(parent.slug);
  return normaliseLegacyPath(`/${base}/${chain.join("/")}`) ?? `/${base}/${term.slug}`;
}

/**
 * WordPress's query addresses of its archives (`/?cat=3`, `/?tag=eu`, `/?author=2`, what it
 * answers without pretty permalinks), each leading where the archive's path leads. Only the
 * archives an imported post brings become addresses (plan.ts).
 */
function archiveQueries(wxr: WxrExport, categories: readonly WxrTerm[]): { from: string; to: string }[] {
  const rules: { from: string; to: string }[] = [];
  const rule = (from: string, to: string) => {
    const [f, t] = [normaliseLegacyPath(from), normaliseLegacyPath(to)];
    if (f && t) rules.push({ from: f, to: t });
  };
  for (const c of categories) if (c.termId) rule(`/?cat=${c.termId}`, termPath("category", c, categories));
  for (const t of wxr.tags) if (t.slug) rule(`/?tag=${t.slug}`, `/tag/${t.slug}`);
  for (const a of wxr.authors) if (a.id) rule(`/?author=${a.id}`, `/author/${authorSlug(a)}`);
  return rules;
}

function authorSlug(a: WxrAuthor): string {
  return slugify(a.login) || slugify(a.displayName);
}

export function mapWxr(wxr: WxrExport): SourceSite {
  const origins = [...new Set([wxr.baseSiteUrl, wxr.baseBlogUrl].map((u) => u.replace(/\/+$/, "")))];
  const uploadsBases = origins.map((o) => `${o}/wp-content/uploads/`);
  const attachments = attachmentsOf(wxr, uploadsBases);
  const notes: Record<string, number> = {};
  const note = (what: string, n = 1) => void (notes[what] = (notes[what] ?? 0) + n);

  const imageOf = (id: string | undefined): SourceImage | null => {
    const a = id ? attachments.get(id) : undefined;
    return a?.path ? { path: a.path, alt: a.alt, caption: a.caption } : null;
  };

  const authors: SourceAuthor[] = wxr.authors.map((a) => ({
    sourceId: a.login,
    slug: authorSlug(a),
    name: a.displayName || a.login,
    email: a.email,
    bio: "",
    links: [],
    photo: null,
  }));
  const authorByLogin = new Map(authors.map((a) => [a.sourceId, a]));

  const allCategories = wxr.categories;
  const sections: SourceTerm[] = [];
  const tags: SourceTerm[] = [];
  const categoryTerm = (slug: string, name: string): SourceTerm => {
    const term = allCategories.find((c) => c.slug === slug);
    return { sourceId: `category:${slug}`, slug, name: term?.name ?? name, description: term?.description ?? "", oldPath: term ? termPath("category", term, allCategories) : `/category/${slug}` };
  };
  const tagTerm = (slug: string, name: string): SourceTerm => {
    const term = wxr.tags.find((t) => t.slug === slug);
    return { sourceId: `tag:${slug}`, slug, name: term?.name ?? name, description: term?.description ?? "", oldPath: `/tag/${slug}` };
  };
  const addOnce = (list: SourceTerm[], term: SourceTerm) => {
    if (!list.some((t) => t.sourceId === term.sourceId)) list.push(term);
  };

  const posts: SourcePost[] = [];
  for (const item of wxr.items) {
    if (item.type === "attachment") continue;
    const type = item.type === "post" ? "post" : item.type === "page" ? "page" : "other";
    const mapped = mapWordPressStatus(item.status, item.password);
    const categories = item.terms.filter((t) => t.domain === "category" && t.slug !== DEFAULT_CATEGORY);
    const primaryId = item.meta.get("_yoast_wpseo_primary_category")?.[0];
    const primaryTerm = primaryId ? allCategories.find((c) => c.termId === primaryId) : undefined;
    const primary = categories.find((c) => c.slug === primaryTerm?.slug) ?? categories[0];
    const tagRefs = [
      ...categories.filter((c) => c !== primary).map((c) => categoryTerm(c.slug, c.name)),
      ...item.terms.filter((t) => t.domain === "post_tag").map((t) => tagTerm(t.slug, t.name)),
    ];
    // Co-Authors Plus lists every byline as an "author" term, `cap-<nicename>`; a guest author
    // has no WordPress login.
    const coAuthors = item.terms.filter((t) => t.domain === "author");
    const bylines = (coAuthors.length ? coAuthors.map((t) => t.slug.replace(/^cap-/, "")) : [item.creator])
      .filter(Boolean)
      .map((ref, i) => {
        const known = authorByLogin.get(ref) ?? authors.find((a) => a.slug === ref);
        if (known) return known.sourceId;
        const guest: SourceAuthor = { sourceId: ref, slug: ref, name: coAuthors[i]?.name || ref, email: "", bio: "", links: [], photo: null };
        authors.push(guest);
        authorByLogin.set(ref, guest);
        return ref;
      });
    const unknownShortcodes = new Map<string, number>();
    const html = resolveWordPressBody(item.content, attachments, unknownShortcodes);
    for (const [tag, n] of unknownShortcodes) note(`unknown shortcode [${tag}] kept as text`, n);
    const isPost = type === "post";
    if (isPost && mapped.status) {
      if (primary) addOnce(sections, categoryTerm(primary.slug, primary.name));
      for (const t of tagRefs) addOnce(tags, t);
    }
    const publishedAt = mapped.status === "PUBLISHED" || mapped.status === "SCHEDULED" ? wordpressGmtDate(item.dateGmt) : null;
    posts.push({
      sourceId: item.id,
      type,
      title: item.title,
      slug: item.slug,
      ...(type === "post" ? mapped : { status: null, skipReason: type === "page" ? "a page: Masthead has no route for pages" : `a ${item.type}, not a post`, restriction: null }),
      sourceStatus: item.status,
      excerpt: htmlToPlainText(item.excerpt).replace(/\s+/g, " ").trim(),
      html,
      publishedAt,
      modifiedAt: wordpressGmtDate(item.modifiedGmt),
      featured: item.sticky,
      hero: imageOf(item.meta.get("_thumbnail_id")?.[0]),
      sectionSourceId: primary ? `category:${primary.slug}` : null,
      tagSourceIds: tagRefs.map((t) => t.sourceId),
      authorSourceIds: [...new Set(bylines)],
      commentsOpen: item.commentStatus !== "closed",
      comments: commentsOf(item),
      oldPaths: wordpressPostPaths({
        id: item.id,
        link: item.link,
        slugs: [item.slug, ...(item.meta.get("_wp_old_slug") ?? [])].filter(() => item.status === "publish" || item.status === "future"),
        localDate: item.date,
        origins,
      }),
    });
  }

  return {
    system: "wordpress",
    site: origins[0]!,
    title: wxr.title,
    origins,
    images: { bases: uploadsBases, originals: [...new Set([...attachments.values()].map((a) => a.path))], sizeFolders: false },
    authors,
    sections,
    tags,
    posts,
    redirects: archiveQueries(wxr, allCategories),
    notes,
  };
}

