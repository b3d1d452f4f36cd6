/**
 * Reads a WordPress eXtended RSS export (WXR 1.1 or 1.2) into plain records, refusing a file
 * that is not one: not XML, cut short, or XML of another kind. Pure (takes the file's text).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "@/lib/errors";

export interface WxrAuthor {
  /** The user's id, which `/?author=ID` names; "" when the export lacks it. */
  id: string;
  login: string;
  email: string;
  displayName: string;
}

export interface WxrTerm {
  termId: string;
  slug: string;
  name: string;
  parentSlug: string;
  description: string;
}

export interface WxrComment {
  id: string;
  parentId: string;
  author: string;
  email: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: string;
  type: string;
}

export interface WxrItem {
  id: string;
  type: string;
  status: string;
  title: string;
  link: string;
  slug: string;
  creator: string;
  content: string;
  excerpt: string;
  date: string;
  dateGmt: string;
  modifiedGmt: string;
  password: string;
  sticky: boolean;
  commentStatus: string;
  attachmentUrl: string;
  /** `<category domain="…" nicename="…">Name</category>`: categories, tags and (Co-Authors Plus) authors. */
  terms: { domain: string; slug: string; name: string }[];
  meta: Map<string, string[]>;
  comments: WxrComment[];
}

export interface WxrExport {
  version: string;
  title: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
  items: WxrItem[];
}

const ARRAYS = new Set(["rss.channel.item", "rss.channel.wp:author", "rss.channel.wp:category", "rss.channel.wp:tag", "rss.channel.item.category", "rss.channel.item.wp:postmeta", "rss.channel.item.wp:comment"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
});

type Node = Record<string, unknown>;

/** The text of an element, whatever the parser made of it (string, CDATA, attributes beside it). */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && "#text" in (value as Node)) return text((value as Node)["#text"]);
  return "";
}

/** The raw text of a body: kept as written except for the surrounding whitespace. */
function body(value: unknown): string {
  return text(value);
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);

function refuse(file: string, why: string): AppError {
  return new AppError("INVALID_INPUT", `${file} is not a WordPress export (WXR) this importer can read: ${why}. Nothing was imported.`);
}

export function parseWxr(xml: string, file = "The file"): WxrExport {
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new AppError("INVALID_INPUT", `${file} is not well-formed XML (line ${line}: ${msg}); the export may be cut short or damaged. Nothing was imported.`);
  }
  const doc = parser.parse(xml) as Node;
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel) throw refuse(file, "it has no <rss><channel>");
  const version = text(channel["wp:wxr_version"]);
  if (!/^1\.[0-2]$/.test(version)) throw refuse(file, version ? `WXR version ${version} is not 1.0–1.2` : "it has no <wp:wxr_version>, so it is an ordinary RSS feed, not an export");
  const baseSiteUrl = text(channel["wp:base_site_url"]) || text(channel.link);
  if (!baseSiteUrl) throw refuse(file, "it names no site (<wp:base_site_url>)");

  return {
    version,
    title: text(channel.title),
    baseSiteUrl,
    baseBlogUrl: text(channel["wp:base_blog_url"]) || baseSiteUrl,
    authors: list(channel["wp:author"]).map((a) => ({
      id: text(a["wp:author_id"]),
      login: text(a["wp:author_login"]),
      email: text(a["wp:author_email"]),
      displayName: text(a["wp:author_display_name"]) || [text(a["wp:author_first_name"]), text(a["wp:author_last_name"])].filter(Boolean).join(" "),
    })),
    categories: list(channel["wp:category"]).map((c) => ({
      termId: text(c["wp:term_id"]),
      slug: text(c["wp:category_nicename"]),
      name: text(c["wp:cat_name"]),
      parentSlug: text(c["wp:category_parent"]),
      description: text(c["wp:category_description"]),
    })),
    tags: list(channel["wp:tag"]).map((t) => ({
      termId: text(t["wp:term_id"]),
      slug: text(t["wp:tag_slug"]),
      name: text(t["wp:tag_name"]),
      parentSlug: "",
      description: text(t["wp:tag_description"]),
    })),
    items: list(channel.item).map(readItem),
  };
}

function readItem(item: Node): WxrItem {
  const meta = new Map<string, string[]>();
  for (const m of list(item["wp:postmeta"])) {
    const key = text(m["wp:meta_key"]);
    meta.set(key, [...(meta.get(key) ?? []), text(m["wp:meta_value"])]);
  }
  return {
    id: text(item["wp:post_id"]),
    type: text(item["wp:post_type"]),
    status: text(item["wp:status"]),
    title: text(item.title),
    link: text(item.link),
    slug: text(item["wp:post_name"]),
    creator: text(item["dc:creator"]),
    content: body(item["content:encoded"]),
    excerpt: body(item["excerpt:encoded"]),
    date: text(item["wp:post_date"]),
    dateGmt: text(item["wp:post_date_gmt"]),
    modifiedGmt: text(item["wp:post_modified_gmt"]),
    password: text(item["wp:post_password"]),
    sticky: text(item["wp:is_sticky"]) === "1",
    commentStatus: text(item["wp:comment_status"]),
    attachmentUrl: text(item["wp:attachment_url"]),
    terms: list(item.category).map((c) => ({ domain: text(c["@domain"]), slug: text(c["@nicename"]), name: text(c) })),
    meta,
    comments: list(item["wp:comment"]).map((c) => ({
      id: text(c["wp:comment_id"]),
      parentId: text(c["wp:comment_parent"]),
      author: text(c["wp:comment_author"]),
      email: text(c["wp:comment_author_email"]),
      date: text(c["wp:comment_date"]),
      dateGmt: text(c["wp:comment_date_gmt"]),
      content: body(c["wp:comment_content"]),
      approved: text(c["wp:comment_approved"]),
      type: text(c["wp:comment_type"]),
    })),
  };
}
