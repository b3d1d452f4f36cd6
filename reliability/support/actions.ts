/**
 * Calls server actions over HTTP the way React does from a form with JavaScript on: a POST with
 * the `Next-Action` header and the arguments `(previousState, formData)` in React's reply
 * encoding (the form's fields prefixed `_1_`, then the root `0`).
 */

export interface ActionResultBody {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string[]>;
  data?: unknown;
}

export interface ActionResponse {
  status: number;
  /** Where a redirecting action sends the browser (from `x-action-redirect`). */
  redirect: string | null;
  /** The action's typed result, when it returned one. */
  result: ActionResultBody | null;
  text: string;
  ms: number;
  /** The cookies the answer set, as `name=value` pairs. */
  cookies: string[];
}

export interface CallActionOptions {
  /** The form's fields; a repeated field as an array. */
  fields?: Record<string, string | Blob | (string | Blob)[]>;
  cookie?: string;
  /** The Origin header: the site's own by default, null to send none. */
  origin?: string | null;
  /** The page the form is on (any page serves any action); `/` by default. */
  path?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export function actionBody(fields: CallActionOptions["fields"] = {}): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(`_1_${key}`, v);
  }
  form.append("0", JSON.stringify(["$undefined", "$K1"]));
  return form;
}

/** The cookies a response sets, as `name=value` pairs for a Cookie header. */
export function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function callAction(baseUrl: string, actionId: string, options: CallActionOptions = {}): Promise<ActionResponse> {
  const origin = options.origin === undefined ? new URL(baseUrl).origin : options.origin;
  const started = performance.now();
  const response = await fetch(`${baseUrl}${options.path ?? "/"}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...(origin !== null ? { Origin: origin } : {}),
      ...options.headers,
    },
    body: actionBody(options.fields),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  return {
    status: response.status,
    redirect: response.headers.get("x-action-redirect"),
    result: parseActionResult(text),
    text,
    ms: Math.round(performance.now() - started),
    cookies: cookiePairs(response),
  };
}

/**
 * The `{ ok, message, … }` object in a React Flight answer, if there is one. Long strings travel
 * as separate text rows without a line break, so the row is found by its start, not by line.
 */
export function parseActionResult(text: string): ActionResultBody | null {
  for (const match of text.matchAll(/\{"ok":(?:true|false),/g)) {
    const rest = text.slice(match.index);
    const end = rest.indexOf("\n");
    try {
      const value = JSON.parse(end < 0 ? rest : rest.slice(0, end)) as Partial<ActionResultBody>;
      if (typeof value.ok === "boolean" && typeof value.message === "string") return value as ActionResultBody;
    } catch {
      // not the whole row: another row of the answer
    }
  }
  return null;
}
