/**
 * Comment posting under load: signed-in readers post through the story's real comment form —
 * the same multipart POST a browser without JavaScript sends from the story's discussion page
 * (the cached story page draws the form in the browser), with the form's hidden server-action
 * fields read from that page — and every acknowledgement is checked against the rows stored.
 *
 * The per-user and per-client limits of lib/comments/rules.ts stay as they are: each request
 * comes from its own reader (users and sessions written straight into the database, a new set per
 * run) and from its own client address (X-Forwarded-For, right-most entry, in 198.18.0.0/15, the
 * range set aside for benchmarks), so no limit should refuse a comment; any refusal is counted
 * apart from errors.
 */
import { randomBytes } from "node:crypto";
import type { Request } from "autocannon";
import { COMMENT_RATE_RULES } from "@/lib/comments/rules";
import { measure, type LoadSettings, type Measurement } from "./load";
import type { Server } from "./process";
import { openWriterStore } from "./writers";

export interface CommentRun extends Measurement {
  /** Answered 2xx with the form's success state. */
  acknowledged: number;
  /** Refused by a rate limit (a clear "you are commenting very fast" answer). */
  refused: number;
  /** Any other answer: a failure state, no action result, a non-2xx status. */
  failed: number;
  failures: Record<string, number>;
  stored: number;
  /** Acknowledged, but no such row. */
  lost: number;
  /**
   * Stored, but never acknowledged: the requests still in flight when the run stopped (at most
   * one per connection), or answers that went missing.
   */
  unacknowledged: number;
  /** Rows beyond the first for the same posted text. */
  duplicates: number;
}

/** The comment form's fields as the article page renders them for a signed-in reader. */
async function readCommentForm(server: Server, path: string, cookie: string): Promise<[string, string][]> {
  const response = await fetch(`${server.origin}${path}`, { headers: { cookie } });
  const fields = commentFormFields(await response.text());
  if (!fields) throw new Error(`No comment form on ${path} for a signed-in reader (status ${response.status}).`);
  if (!fields.some(([name]) => name.startsWith("$ACTION"))) throw new Error(`The comment form on ${path} has no server-action fields.`);
  if (!fields.some(([name]) => name === "articleId")) throw new Error(`The comment form on ${path} has no articleId.`);
  return fields;
}

/** The hidden fields of the page's comment form (#comment-form), or null without one. */
export function commentFormFields(html: string): [string, string][] | null {
  const form = /<form[^>]*id="comment-form"[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1];
  if (form === undefined) return null;
  const fields: [string, string][] = [];
  for (const input of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    fields.push([decodeEntities(input[1]!), decodeEntities(input[2] ?? "")]);
  }
  return fields;
}

function decodeEntities(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) => ({ quot: '"', amp: "&", lt: "<", gt: ">", "#39": "'", "#x27": "'" })[e]!);
}

export function multipart(fields: [string, string][], boundary: string): string {
  return (
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${boundary}--\r\n`
  );
}

/** An address in 198.18.0.0/15 (RFC 2544's benchmarking range). */
export function clientAddress(n: number): string {
  const i = n % 131_072;
  return `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
}

type ActionOutcome = { ok: true; id: string } | { ok: false; message: string };

/**
 * The form state Next.js renders into the page after a no-JavaScript action:
 * `self.__next_f.push([2,[<result>, <key>, <action id>, …]])`.
 */
export function actionOutcome(html: string): ActionOutcome | null {
  const match = /self\.__next_f\.push\(\[2,(\[\{"ok":[\s\S]*?)\]\)<\/script>/.exec(html);
  if (!match) return null;
  try {
    const [result] = JSON.parse(match[1]!) as [{ ok: boolean; message: string; data?: { id?: string } }];
    if (result.ok && typeof result.data?.id === "string") return { ok: true, id: result.data.id };
    return { ok: false, message: result.message };
  } catch {
    return null;
  }
}

export async function benchmarkComments(
  server: Server,
  databaseUrl: string,
  formPath: string,
  sessionCookieName: string,
  settings: LoadSettings,
): Promise<CommentRun> {
  const store = openWriterStore(databaseUrl);
  const runId = randomBytes(4).toString("hex");
  try {
    await store.remove();
    // One reader per request, with room to spare: nobody reaches the per-user limit of 5 a minute.
    const capacity = Math.max(2_000, Math.ceil((settings.duration + settings.warmup) * 400));
    const tokens = await store.create(runId, capacity);
    const fields = await readCommentForm(server, formPath, `${sessionCookieName}=${tokens[0]}`);
    const boundary = `----masthead-bench-${runId}`;
    const refusals = new Set(COMMENT_RATE_RULES.map((r) => r.message));
    const texts = new Map<string, number>();
    let next = 0;
    let acknowledged = 0;
    let refused = 0;
    let failed = 0;
    const failures: Record<string, number> = {};
    const ackedIds = new Set<string>();
    const fail = (why: string) => {
      failed++;
      failures[why] = (failures[why] ?? 0) + 1;
    };
    const request: Request = {
      method: "POST",
      path: formPath,
      setupRequest: (req, context) => {
        const n = next++;
        context.n = n;
        const text = `Benchmark comment ${runId}-${n}: posted at ${settings.connections} concurrent writers.`;
        texts.set(text, n);
        return {
          ...req,
          headers: {
            cookie: `${sessionCookieName}=${tokens[n % capacity]}`,
            "x-forwarded-for": clientAddress(n + Number.parseInt(runId, 16)),
            "content-type": `multipart/form-data; boundary=${boundary}`,
            accept: "text/html",
          },
          body: multipart([...fields, ["body", text], ["website", ""]], boundary),
        };
      },
      onResponse: (status, body) => {
        if (status < 200 || status >= 300) return fail(`HTTP ${status}`);
        const outcome = actionOutcome(body);
        if (!outcome) return fail("no action result in the response");
        if (outcome.ok) {
          acknowledged++;
          ackedIds.add(outcome.id);
        } else if (refusals.has(outcome.message)) {
          refused++;
        } else {
          fail(outcome.message);
        }
      },
    };
    // The warm-up posts too; only the measured run's comments are counted below.
    let firstMeasured = 0;
    const measured = await measure(server, formPath, settings, {
      requests: [request],
      onMeasuredStart: () => {
        firstMeasured = next;
        acknowledged = refused = failed = 0;
        ackedIds.clear();
        for (const key of Object.keys(failures)) delete failures[key];
      },
    });
    const rows = await store.stored(runId);
    const measuredRows = rows.filter((r) => (texts.get(r.body) ?? -1) >= firstMeasured);
    const perText = new Map<string, number>();
    for (const r of measuredRows) perText.set(r.body, (perText.get(r.body) ?? 0) + 1);
    const storedIds = new Set(measuredRows.map((r) => r.id));
    return {
      ...measured,
      acknowledged,
      refused,
      failed,
      failures,
      stored: measuredRows.length,
      lost: [...ackedIds].filter((id) => !storedIds.has(id)).length,
      unacknowledged: [...storedIds].filter((id) => !ackedIds.has(id)).length,
      duplicates: [...perText.values()].reduce((sum, count) => sum + count - 1, 0),
    };
  } finally {
    await store.remove();
    await store.close();
  }
}
