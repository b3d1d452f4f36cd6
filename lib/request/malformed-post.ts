/**
 * POSTs refused before Next.js reads them (proxy.ts): a request Next.js would answer with a 500
 * and an error in the log — a body its server-action decoder cannot read, an action id the build
 * never had — gets a plain 4xx instead and nothing is logged as an error. Browsers never send
 * these; a stale page after a deploy can send an unknown id, and is told to reload.
 */

export interface Refusal {
  status: 400 | 403 | 404 | 413;
  reason: string;
  message: string;
}

const refusal = (status: Refusal["status"], reason: string, message: string): Refusal => ({ status, reason, message });
const BAD_FORM = "Bad request: the form could not be read.";
export const TOO_LARGE = "Too large: the request body is over the limit.";
const STALE_FORM = "This form is out of date: reload the page and try again.";

/** Every server-action id the build knows, from its server-reference manifest. */
export type KnownActions = ReadonlySet<string>;

const ACTION_FIELD = "$ACTION_";
const ACTION_ID_FIELD = "$ACTION_ID_";
const ACTION_REF_FIELD = "$ACTION_REF_";

/** The action ids a no-JavaScript form names (React's `$ACTION_ID_<id>` or `$ACTION_REF_n` with its `$ACTION_n:0` descriptor). */
export function actionIdsInForm(form: FormData): string[] | null {
  const ids: string[] = [];
  for (const key of new Set(form.keys())) {
    if (key.startsWith(ACTION_ID_FIELD)) ids.push(key.slice(ACTION_ID_FIELD.length));
    else if (key.startsWith(ACTION_REF_FIELD)) {
      const descriptor = form.get(`${ACTION_FIELD}${key.slice(ACTION_REF_FIELD.length)}:0`);
      if (typeof descriptor !== "string") return null;
      try {
        const id = (JSON.parse(descriptor) as { id?: unknown }).id;
        if (typeof id !== "string") return null;
        ids.push(id);
      } catch {
        return null;
      }
    }
  }
  return ids;
}

function mediaType(contentType: string | null): { type: string; boundary: boolean } {
  const [type = "", ...params] = (contentType ?? "").split(";").map((p) => p.trim().toLowerCase());
  return { type, boundary: params.some((p) => /^boundary=.+/.test(p)) };
}

interface PostFacts {
  origin: string | null;
  /** The site's origin (SITE_URL) and the one the browser addressed (Host), as Next.js's own check allows. */
  allowedOrigins: readonly string[];
  contentType: string | null;
  /** The Next-Action header: a request from a page with JavaScript. */
  nextAction: string | null;
  hasBody: boolean;
  declaresLength: boolean;
  /**
   * Reads the body (only called for what must be parsed, or sent without a length), or null once
   * it passes the request size limit.
   */
  body: () => Promise<ArrayBuffer | null>;
  knownActions: KnownActions | null;
}

async function formFrom(bytes: ArrayBuffer, contentType: string): Promise<FormData | null> {
  try {
    return await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    return null;
  }
}

export async function refusePost(facts: PostFacts): Promise<Refusal | null> {
  const { origin, allowedOrigins, contentType, nextAction, knownActions } = facts;
  let reading: Promise<ArrayBuffer | null> | undefined;
  // Read once, whichever check asks first; null (over the limit) only where no length was declared.
  const body = async () => (await (reading ??= facts.body())) ?? new ArrayBuffer(0);
  if (origin !== null && !allowedOrigins.includes(origin)) return refusal(403, "cross-origin", "Cross-site request refused.");
  // A body sent without its length (streamed in chunks) is measured as it is read: Next.js's own
  // limit would answer one over the limit with a 500.
  if (facts.hasBody && !facts.declaresLength && (await (reading ??= facts.body())) === null) return refusal(413, "too-large", TOO_LARGE);

  const { type, boundary } = mediaType(contentType);
  const known = (id: string) => knownActions === null || knownActions.has(id);
  if (nextAction !== null) {
    if (!known(nextAction)) return refusal(404, "unknown-action", STALE_FORM);
    if (type === "text/plain") {
      try {
        const args: unknown = JSON.parse(new TextDecoder().decode(await body()));
        return Array.isArray(args) ? null : refusal(400, "action-arguments", BAD_FORM);
      } catch {
        return refusal(400, "action-json", BAD_FORM);
      }
    }
    if (type !== "multipart/form-data") return refusal(400, "action-content-type", BAD_FORM);
    // The body itself is left to Next.js's decoder: reading a form here would read every upload twice.
    return boundary ? null : refusal(400, "multipart-boundary", BAD_FORM);
  }

  // A form posted without JavaScript: React names its action in the fields.
  if (type !== "multipart/form-data") return null;
  if (!boundary) return refusal(400, "multipart-boundary", BAD_FORM);
  const form = await formFrom(await body(), contentType!);
  if (!form) return refusal(400, "multipart-body", BAD_FORM);
  const ids = actionIdsInForm(form);
  if (ids === null) return refusal(400, "action-descriptor", BAD_FORM);
  return ids.every(known) ? null : refusal(404, "unknown-action", STALE_FORM);
}
