/**
 * Commenters for the load, fault and backup parts: signed-in readers posting through the real
 * comment form (ops-forms.ts), each comment carrying a unique token so what the site
 * acknowledged can be compared with what the database holds afterwards.
 */
import Database from "better-sqlite3";
import { sessionFor } from "./database";
import { withSql, type DatabaseRef } from "./sql";
import { loadForm, submitForm, type Fields, type FormPage } from "./ops-forms";

export type Outcome = "acknowledged" | "duplicate" | "rate-limited" | "busy" | "refused" | "http-error" | "no-answer";

export interface Attempt {
  token: string;
  outcome: Outcome;
  status: number | null;
  ms: number;
  detail?: string;
}

export interface PostCommentOptions {
  /** Submit the same form twice at the same moment, as a double-clicked button would. */
  twice?: boolean;
  timeoutMs?: number;
  requestId?: string;
  /** More form fields, e.g. `["notifyReplies", "on"]`. */
  fields?: Fields;
  /** Another server of the same site to post the form to (a cluster's other app server). */
  base?: string;
}

export interface Commenter {
  userId: string;
  cookie: string;
  clientAddress: string;
  form: FormPage;
  /** Posts a comment body (once, or twice at the same moment as a double-clicked button). */
  post(token: string, options?: PostCommentOptions): Promise<Attempt[]>;
}

/** Published stories open for comments, newest first. */
export async function commentableSlugs(database: DatabaseRef, limit: number): Promise<string[]> {
  const rows = await withSql(database, (sql) =>
    sql.all<{ slug: string }>(
      `SELECT "slug" FROM "Article" WHERE "status" = 'PUBLISHED' AND "commentsOpen" = ? AND "publishedAt" IS NOT NULL ORDER BY "publishedAt" DESC LIMIT ?`,
      [true, limit],
    ),
  );
  return rows.map((r) => r.slug);
}

export function commentBody(token: string): string {
  return `Reliability check ${token}: a comment that must be stored exactly once if the site said it was posted.`;
}

function classify(status: number, message: { ok: boolean; text: string } | null): Pick<Attempt, "outcome" | "detail"> {
  if (status >= 500) return { outcome: "http-error", detail: `HTTP ${status}` };
  if (status !== 200) return { outcome: "http-error", detail: `HTTP ${status}` };
  if (!message) return { outcome: "refused", detail: "no form message in the answer" };
  if (message.ok) return { outcome: "acknowledged" };
  if (/same comment a moment ago/i.test(message.text)) return { outcome: "duplicate", detail: message.text };
  if (/commenting very fast|today's limit/i.test(message.text)) return { outcome: "rate-limited", detail: message.text };
  if (/too busy to save/i.test(message.text)) return { outcome: "busy", detail: message.text };
  return { outcome: "refused", detail: message.text };
}

/**
 * A new reader with a session (created straight in the database) and their own client address,
 * with the comment form of story `slug` loaded.
 */
export async function newCommenter(base: string, database: DatabaseRef, slug: string, clientAddress: string): Promise<Commenter> {
  const session = await sessionFor(database, "READER");
  // Story pages are cached and the same for everyone; a signed-in reader without JavaScript
  // comments on the story's discussion page, rendered for them.
  const form = await loadForm(base, `/articles/${slug}/discussion`, { id: "comment-form" }, { cookie: session.cookie, clientAddress });
  const once = async (token: string, options: PostCommentOptions): Promise<Attempt> => {
    const started = performance.now();
    try {
      const answer = await submitForm(options.base ?? base, form, [["body", commentBody(token)], ...(options.fields ?? [])], {
        cookie: session.cookie,
        clientAddress,
        timeoutMs: options.timeoutMs ?? 60_000,
        requestId: options.requestId,
      });
      return { token, status: answer.status, ms: answer.ms, ...classify(answer.status, answer.message) };
    } catch (error) {
      return { token, outcome: "no-answer", status: null, ms: Math.round(performance.now() - started), detail: String(error) };
    }
  };
  return {
    userId: session.userId,
    cookie: session.cookie,
    clientAddress,
    form,
    async post(token, options = {}) {
      if (!options.twice) return [await once(token, options)];
      return Promise.all([once(token, options), once(token, { ...options, requestId: undefined })]);
    },
  };
}

/** How many times each token's comment is stored. */
export async function storedCounts(database: DatabaseRef, tokens: Iterable<string>): Promise<Map<string, number>> {
  return withSql(database, async (sql) => {
    const counts = new Map<string, number>();
    for (const token of tokens) {
      const [row] = await sql.all<{ n: number | string }>(`SELECT count(*) AS n FROM "Comment" WHERE "body" = ?`, [commentBody(token)]);
      counts.set(token, Number(row?.n ?? 0));
    }
    return counts;
  });
}

/** Per token: acknowledged at least once. */
export function acknowledgedTokens(attempts: Attempt[]): Set<string> {
  return new Set(attempts.filter((a) => a.outcome === "acknowledged").map((a) => a.token));
}

export function tally(attempts: Attempt[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { acknowledged: 0, duplicate: 0, "rate-limited": 0, busy: 0, refused: 0, "http-error": 0, "no-answer": 0 };
  for (const a of attempts) counts[a.outcome]++;
  return counts;
}

export interface LedgerVerdict {
  acknowledged: number;
  storedOnce: number;
  /** Acknowledged, not stored. */
  lost: string[];
  /** Stored more than once. */
  doubled: string[];
  /** Refused with a message every time, yet stored. */
  refusedStored: string[];
  /** Never answered (cut off, timed out) yet stored: the answer was lost, not the comment. */
  unansweredStored: number;
}

/** The ledger against the database: every acknowledged token stored exactly once, a refused one never. */
export async function verifyLedger(database: DatabaseRef, attempts: Attempt[]): Promise<LedgerVerdict> {
  const tokens = new Set(attempts.map((a) => a.token));
  const acked = acknowledgedTokens(attempts);
  const unanswered = new Set(attempts.filter((a) => a.outcome === "no-answer" || a.outcome === "http-error").map((a) => a.token));
  const stored = await storedCounts(database, tokens);
  const verdict: LedgerVerdict = { acknowledged: acked.size, storedOnce: 0, lost: [], doubled: [], refusedStored: [], unansweredStored: 0 };
  for (const token of tokens) {
    const n = stored.get(token) ?? 0;
    if (n > 1) verdict.doubled.push(`${token} ×${n}`);
    if (acked.has(token)) {
      if (n === 0) verdict.lost.push(token);
      if (n === 1) verdict.storedOnce++;
    } else if (n > 0) {
      if (unanswered.has(token)) verdict.unansweredStored++;
      else verdict.refusedStored.push(token);
    }
  }
  return verdict;
}

/** `PRAGMA integrity_check`, through a read-write connection so a WAL left by a crash is recovered first, as a server would. */
export function integrity(databaseFile: string): string {
  const sqlite = new Database(databaseFile, { fileMustExist: true, timeout: 5000 });
  try {
    return (sqlite.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  } finally {
    sqlite.close();
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const fmt = (n: number) => n.toLocaleString("en");
