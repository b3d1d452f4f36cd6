/**
 * Submitting the site's real forms over HTTP the way a browser without JavaScript does: the
 * page is fetched, the form's hidden fields (React's `$ACTION_…` references to the server action,
 * the article id…) are read from its HTML, and the form is posted back to the page as
 * multipart/form-data. The answer is the page rendered with the action's result, whose message
 * (components/ui/form-message.tsx) says what happened.
 */
import { cookiePairs } from "./actions";

export type Fields = [name: string, value: string | Blob, fileName?: string][];

export interface FormPage {
  /** The page the form lives on; the form posts back to it. */
  path: string;
  /** The form's hidden fields, in document order. */
  hidden: Fields;
}

export interface PostOptions {
  cookie?: string;
  /** The client's address as the proxy in front would report it (X-Forwarded-For; servers here run with TRUST_PROXY=1). */
  clientAddress?: string;
  requestId?: string;
  timeoutMs?: number;
}

export interface FormAnswer {
  status: number;
  ms: number;
  /** The form message's text and kind, when the page shows one. */
  message: { ok: boolean; text: string } | null;
  html: string;
  /** The id the site gave the request (proxy.ts echoes it). */
  requestId: string | null;
  /** The cookies the answer set, as `name=value` pairs. */
  cookies: string[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=/<>"']+)(?:="([^"]*)")?/g)) attrs[m[1]!] = decodeEntities(m[2] ?? "");
  return attrs;
}

/** Which form of a page: the one with this id, or the first holding a field with this name. */
export type FormLocator = { id: string } | { containing: string };

const describe = (locator: FormLocator) => ("id" in locator ? `with id "${locator.id}"` : `with a field "${locator.containing}"`);

/** The `<form>` element a locator names in a page's HTML, as text. */
function formHtml(html: string, locator: FormLocator): string | null {
  for (const m of html.matchAll(/<form\b[^>]*>/g)) {
    const end = html.indexOf("</form>", m.index);
    if (end < 0) return null;
    const form = html.slice(m.index, end);
    if ("id" in locator ? attributes(m[0]).id === locator.id : [...form.matchAll(/<(?:input|textarea|select)\b[^>]*>/g)].some((f) => attributes(f[0]).name === locator.containing)) {
      return form;
    }
  }
  return null;
}

export function hiddenFields(html: string, locator: FormLocator): Fields | null {
  const form = formHtml(html, locator);
  if (!form) return null;
  const fields: Fields = [];
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.type === "hidden" && a.name) fields.push([a.name, a.value ?? ""]);
  }
  return fields;
}

/** The message above the form after a submission, if the page shows one. */
export function formMessage(html: string): { ok: boolean; text: string } | null {
  const m = /<p class="form-message form-message--(ok|error)"[^>]*>([\s\S]*?)<\/p>/.exec(html);
  return m ? { ok: m[1] === "ok", text: decodeEntities(m[2]!.replace(/<[^>]+>/g, "")).trim() } : null;
}

function requestHeaders(base: string, options: PostOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.Cookie = options.cookie;
  if (options.clientAddress) headers["X-Forwarded-For"] = options.clientAddress;
  if (options.requestId) headers["X-Request-Id"] = options.requestId;
  // Server actions compare Origin with Host, as a browser's same-site post would pass.
  headers.Origin = base;
  return headers;
}

/** Fetches a page and reads the hidden fields of the form the locator names. */
export async function loadForm(base: string, path: string, locator: FormLocator, options: PostOptions = {}): Promise<FormPage> {
  const response = await fetch(`${base}${path}`, { headers: requestHeaders(base, options), signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const hidden = hiddenFields(html, locator);
  if (!hidden) throw new Error(`GET ${path}: no form ${describe(locator)} (signed in as the right person?)`);
  if (!hidden.some(([name]) => name.startsWith("$ACTION"))) throw new Error(`GET ${path}: the form ${describe(locator)} carries no server action`);
  return { path, hidden };
}

export function multipart(form: FormPage, fields: Fields): FormData {
  const body = new FormData();
  for (const [name, value, fileName] of [...form.hidden, ...fields]) {
    if (typeof value === "string") body.append(name, value);
    else body.append(name, value, fileName);
  }
  return body;
}

/** Posts the form back to its page with `fields` added to its hidden ones. */
export async function submitForm(base: string, form: FormPage, fields: Fields, options: PostOptions = {}): Promise<FormAnswer> {
  const started = performance.now();
  const response = await fetch(`${base}${form.path}`, {
    method: "POST",
    headers: requestHeaders(base, options),
    body: multipart(form, fields),
    redirect: "manual",
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const html = await response.text();
  return { status: response.status, ms: Math.round(performance.now() - started), message: formMessage(html), html, requestId: response.headers.get("x-request-id"), cookies: cookiePairs(response) };
}
