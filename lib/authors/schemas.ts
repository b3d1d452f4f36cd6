import { z } from "zod";
import { formIdField, slugField } from "@/lib/sections/schemas";
import { optionalIdField } from "@/lib/forms";

export const AUTHOR_LINK_KINDS = ["linkedin", "x", "github", "mastodon", "bluesky", "website"] as const;
export type AuthorLinkKind = (typeof AUTHOR_LINK_KINDS)[number];

/** Rows the form offers (more when an author already has more); the most it accepts. */
export const AFFILIATION_ROWS = 4;
export const LINK_ROWS = 6;
export const MAX_ROWS = 12;

/** Form field names of the repeated rows, e.g. `affiliations.0.role`: each keeps its own error and value. */
export const affiliationField = (row: number, field: "role" | "organisation" | "url") => `affiliations.${row}.${field}`;
export const linkField = (row: number, field: "kind" | "url") => `links.${row}.${field}`;

const optionalId = optionalIdField("Invalid choice.");

const baseShape = {
  id: formIdField,
  name: z.string().trim().min(1, "Give the author a name.").max(120, "Please keep the name under 120 characters."),
  slug: slugField,
  jobTitle: z.string().trim().max(120, "Please keep the job title under 120 characters.").default(""),
  bio: z.string().trim().max(20_000, "Please keep the bio under 20,000 characters.").default(""),
  photoId: optionalId,
  userId: optionalId,
};

const rowValue = (form: Record<string, unknown>, key: string): string => {
  const value = form[key];
  return typeof value === "string" ? value.trim() : "";
};

/** Gathers the numbered row fields into arrays, in row order. */
function collectRows(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const form = input as Record<string, unknown>;
  const rows = Array.from({ length: MAX_ROWS }, (_, i) => i);
  return {
    ...form,
    affiliations: rows.map((i) => ({
      role: rowValue(form, affiliationField(i, "role")),
      organisation: rowValue(form, affiliationField(i, "organisation")),
      url: rowValue(form, affiliationField(i, "url")),
    })),
    links: rows.map((i) => ({ kind: rowValue(form, linkField(i, "kind")), url: rowValue(form, linkField(i, "url")) })),
  };
}

/** Why an address is refused, or null. Only https links are shown on the public site. */
export function httpsUrlProblem(value: string): string | null {
  if (value.length > 500) return "Please keep the address under 500 characters.";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter a full address starting with https://";
  }
  if (url.protocol !== "https:") return "Use a secure address starting with https://";
  if (!url.hostname.includes(".") || url.username || url.password) return "Enter the address of a public website.";
  return null;
}

type Affiliation = { role: string; organisation: string; url: string };
type Link = { kind: string; url: string };
const isBlankAffiliation = (a: Affiliation) => !a.role && !a.organisation && !a.url;
const isBlankLink = (l: Link) => !l.kind && !l.url;
const isLinkKind = (kind: string): kind is AuthorLinkKind => (AUTHOR_LINK_KINDS as readonly string[]).includes(kind);

/**
 * The author form. Blank rows are ignored; a started row must be complete; each problem is
 * reported under the field it concerns (e.g. `links.2.url`).
 */
export const authorFormSchema = z
  .preprocess(
    collectRows,
    z.object({
      ...baseShape,
      affiliations: z.array(z.object({ role: z.string(), organisation: z.string(), url: z.string() })),
      links: z.array(z.object({ kind: z.string(), url: z.string() })),
    }),
  )
  .superRefine(({ affiliations, links }, ctx) => {
    const problem = (key: string, message: string) => ctx.addIssue({ code: "custom", path: [key], message });
    affiliations.forEach((a, i) => {
      if (isBlankAffiliation(a)) return;
      if (!a.role) problem(affiliationField(i, "role"), "Say what they do there, e.g. Technical editor.");
      else if (a.role.length > 120) problem(affiliationField(i, "role"), "Please keep the role under 120 characters.");
      if (!a.organisation) problem(affiliationField(i, "organisation"), "Name the organisation, e.g. example.com.");
      else if (a.organisation.length > 120) problem(affiliationField(i, "organisation"), "Please keep the name under 120 characters.");
      const urlProblem = a.url && httpsUrlProblem(a.url);
      if (urlProblem) problem(affiliationField(i, "url"), urlProblem);
    });
    const seen = new Set<string>();
    links.forEach((l, i) => {
      if (isBlankLink(l)) return;
      if (!isLinkKind(l.kind)) problem(linkField(i, "kind"), "Choose what kind of link this is.");
      const urlProblem = l.url ? httpsUrlProblem(l.url) : "Enter the address, or clear this row.";
      if (urlProblem) problem(linkField(i, "url"), urlProblem);
      else if (seen.has(l.url)) problem(linkField(i, "url"), "This address is already listed above.");
      seen.add(l.url);
    });
  })
  .transform(({ affiliations, links, ...rest }) => ({
    ...rest,
    affiliations: affiliations.filter((a) => !isBlankAffiliation(a)).map((a) => ({ ...a, url: a.url || null })),
    links: links.filter((l) => !isBlankLink(l)).map((l) => ({ kind: l.kind as AuthorLinkKind, url: l.url })),
  }));

export type AuthorInput = Omit<z.output<typeof authorFormSchema>, "id">;
