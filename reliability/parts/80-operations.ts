/**
 * Part 8: operations. /api/health tells the truth about the database; every log line of a
 * request is JSON carrying the request's id; SIGTERM lets the requests in flight finish, exits
 * within 10 seconds and leaves no WAL to recover.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import Database from "better-sqlite3";
import { freshDatabase } from "../support/database";
import { RELIABILITY_DATA_DIR, ROOT } from "../support/paths";
import { startServer, type RunningServer } from "../support/server";
import { commentBody, commentableSlugs, fmt, integrity, newCommenter, sleep, storedCounts } from "../support/ops-comments";
import { formMessage, loadForm, multipart, submitForm } from "../support/ops-forms";
import type { PartReport, ReliabilityContext, ReliabilityPart } from "../types";

const EXIT_LIMIT_MS = 10_000;

type LogLine = Record<string, unknown> & { event?: string; requestId?: string };

/** Events written outside any request (start-up, the scheduler, shutdown). */
const BACKGROUND_EVENTS = /^(scheduler\.|shutdown\.|startup\.)/;

function newestMigration(): string {
  return fs
    .readdirSync(path.join(ROOT, "prisma/migrations"))
    .filter((d) => /^\d{14}_/.test(d))
    .sort()
    .at(-1)!;
}

async function health(server: RunningServer): Promise<{ status: number; body: { status?: string; database?: string; migration?: string | null } }> {
  const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as { status?: string; database?: string; migration?: string | null } };
}

async function healthCheck(ctx: ReliabilityContext, report: PartReport) {
  const databaseFile = freshDatabase("ops-health", "demo");
  const expected = newestMigration();
  const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
  try {
    const ok = await health(server);
    if (ok.status === 200 && ok.body.database === "ok" && ok.body.migration === expected) report.held.push(`/api/health: 200, database ok, migration ${expected} (the newest in prisma/migrations)`);
    else report.failed.push(`/api/health: ${ok.status} ${JSON.stringify(ok.body)}; expected migration ${expected}`);

    fs.renameSync(databaseFile, `${databaseFile}.moved`);
    let gone: Awaited<ReturnType<typeof health>>;
    try {
      gone = await health(server);
    } finally {
      fs.renameSync(`${databaseFile}.moved`, databaseFile);
    }
    const back = await health(server);
    if (gone.status === 503 && gone.body.database === "missing" && back.status === 200) report.held.push("/api/health: 503 (database missing) while the database file was moved away, 200 again once it was back");
    else report.failed.push(`/api/health with the file moved away: ${gone.status} ${JSON.stringify(gone.body)}; after: ${back.status}`);
  } finally {
    await server.stop();
  }

  // A server whose database cannot be opened at all (its folder does not exist).
  const nowhere = path.join(RELIABILITY_DATA_DIR, "ops-nowhere", "no-such-folder", "masthead.db");
  fs.rmSync(path.dirname(path.dirname(nowhere)), { recursive: true, force: true });
  const orphan = await startServer({ database: nowhere, distDir: ctx.distDir });
  try {
    const unreachable = await health(orphan);
    if (unreachable.status === 503 && unreachable.body.status === "error") report.held.push(`/api/health: 503 (${unreachable.body.database}) for a server whose database folder does not exist`);
    else report.failed.push(`/api/health without a database: ${unreachable.status} ${JSON.stringify(unreachable.body)}`);
  } finally {
    await orphan.stop();
  }
  report.tried.push("asked /api/health with the database present, moved away, and never there");
}

/** The JSON lines a server printed from `from` (an index into logs()) on, and the lines that were not JSON. */
function linesSince(server: RunningServer, from: number): { json: LogLine[]; other: string[] } {
  const json: LogLine[] = [];
  const other: string[] = [];
  for (const line of server.logs().slice(from)) {
    if (!line.trim()) continue;
    try {
      json.push(JSON.parse(line) as LogLine);
    } catch {
      other.push(line);
    }
  }
  return { json, other };
}

/**
 * Runs one request and checks its log lines: at least the expected events, each carrying the
 * request's id, and nothing else written meanwhile except background events.
 */
async function checkRequestLogs(server: RunningServer, report: PartReport, label: string, requestId: string, expected: string[], send: () => Promise<void>) {
  const from = server.logs().length;
  await send();
  await sleep(300); // let stdout drain
  const { json, other } = linesSince(server, from);
  const ours = json.filter((l) => l.requestId === requestId);
  const stray = json.filter((l) => l.requestId !== requestId && !BACKGROUND_EVENTS.test(String(l.event)));
  const missing = expected.filter((e) => !ours.some((l) => l.event === e));
  if (missing.length === 0 && stray.length === 0 && other.length === 0) {
    report.held.push(`${label}: ${ours.length} JSON log lines (${ours.map((l) => l.event).join(", ")}), every one with requestId ${requestId}`);
  } else {
    report.failed.push(
      `${label}: missing events ${JSON.stringify(missing)}, lines without the id ${JSON.stringify(stray.slice(0, 3))}, non-JSON lines ${JSON.stringify(other.slice(0, 3))}`,
    );
  }
  return ours;
}

async function requestIds(ctx: ReliabilityContext, report: PartReport) {
  const databaseFile = freshDatabase("ops-logs", "demo");
  // No SMTP_URL and DEMO_MODE=true: the sign-in link is written to the log (signin.link).
  const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
  try {
    const stamp = Date.now().toString(36);
    const email = `ops-${stamp}@reliability.example`;
    const form = await loadForm(server.url, "/signin", { containing: "email" });
    let askingBrowser: string[] = [];
    const signIn = await checkRequestLogs(server, report, "sign-in request", `ops-signin-${stamp}`, ["signin.link", "action.completed"], async () => {
      const answer = await submitForm(server.url, form, [["email", email]], { requestId: `ops-signin-${stamp}`, clientAddress: "10.58.1.1" });
      if (answer.status !== 303 && answer.status !== 200) throw new Error(`sign-in form answered ${answer.status}`);
      askingBrowser = answer.cookies;
    });
    // Without an id from the client, the site makes one, answers with it and logs under it.
    let generated: string | null = null;
    const from = server.logs().length;
    const anonymous = await submitForm(server.url, form, [["email", `ops2-${stamp}@reliability.example`]], { clientAddress: "10.58.1.3" });
    generated = anonymous.requestId;
    await sleep(300);
    const generatedLines = linesSince(server, from).json.filter((l) => !BACKGROUND_EVENTS.test(String(l.event)));
    if (generated && generatedLines.length >= 2 && generatedLines.every((l) => l.requestId === generated)) {
      report.held.push(`sign-in request without an id: the response's X-Request-Id ${generated} is on all ${generatedLines.length} of its log lines`);
    } else {
      report.failed.push(`sign-in request without an id: response X-Request-Id ${generated}, log lines ${JSON.stringify(generatedLines.map((l) => l.requestId))}`);
    }
    const link = signIn.find((l) => l.event === "signin.link")?.url;
    if (typeof link !== "string") throw new Error("no sign-in link in the log");
    await checkRequestLogs(server, report, "following the emailed link", `ops-callback-${stamp}`, ["signin.success"], async () => {
      const response = await fetch(link.replace(/^https?:\/\/[^/]+/, server.url), { headers: { "X-Request-Id": `ops-callback-${stamp}`, Cookie: askingBrowser.join("; ") }, redirect: "manual" });
      if (!response.headers.get("set-cookie")?.includes("session-token")) throw new Error(`the sign-in link answered ${response.status} without a session`);
    });
    const [slug] = await commentableSlugs(databaseFile, 1);
    const commenter = await newCommenter(server.url, databaseFile, slug!, "10.58.1.2");
    await checkRequestLogs(server, report, "comment post", `ops-comment-${stamp}`, ["action.completed"], async () => {
      const [attempt] = await commenter.post(`ops-log-${stamp}`, { requestId: `ops-comment-${stamp}` });
      if (attempt?.outcome !== "acknowledged") throw new Error(`comment post: ${attempt?.outcome} ${attempt?.detail ?? ""}`);
    });
    const nonJson = server.logs().filter((l) => l.trim() && !l.startsWith("{"));
    report.tried.push(`sent a sign-in request, followed its link and posted a comment, each with its own X-Request-Id, and parsed the server's output (${server.logs().length} lines, ${nonJson.length} of them Next.js's start-up banner)`);
  } finally {
    await server.stop();
  }
}

/** A form post whose body arrives in two halves `gapMs` apart: a request in flight for that long. */
function slowPost(url: string, body: Buffer, contentType: string, headers: Record<string, string>, gapMs: number): { sent: Promise<void>; answer: Promise<{ status: number; html: string }> } {
  let resolveSent!: () => void;
  const sent = new Promise<void>((resolve) => (resolveSent = resolve));
  const answer = new Promise<{ status: number; html: string }>((resolve, reject) => {
    const request = http.request(url, { method: "POST", agent: false, headers: { ...headers, "Content-Type": contentType, "Content-Length": String(body.length) } }, (response) => {
      let html = "";
      response.setEncoding("utf8");
      response.on("data", (c: string) => (html += c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, html }));
      response.on("error", reject);
    });
    request.on("error", reject);
    const half = Math.floor(body.length / 2);
    request.write(body.subarray(0, half), () => resolveSent());
    setTimeout(() => request.end(body.subarray(half)), gapMs);
  });
  return { sent, answer };
}

/** A GET on a connection of its own (no keep-alive); status 0 when the connection failed. */
function plainGet(url: string): Promise<{ status: number; size: number }> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 30_000 }, (response) => {
      let size = 0;
      response.on("data", (c: Buffer) => (size += c.length));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, size }));
      response.on("error", () => resolve({ status: 0, size }));
    });
    request.on("error", () => resolve({ status: 0, size: 0 }));
    request.on("timeout", () => request.destroy());
  });
}

async function sigterm(ctx: ReliabilityContext, report: PartReport) {
  const databaseFile = freshDatabase("ops-sigterm", "demo");
  const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
  let stopped = false;
  try {
    const slugs = await commentableSlugs(databaseFile, 3);
    const commenters = await Promise.all(slugs.map((slug, i) => newCommenter(server.url, databaseFile, slug, `10.58.2.${i + 1}`)));
    const stamp = Date.now().toString(36);
    const slow = await Promise.all(
      commenters.map(async (c, i) => {
        const token = `sigterm-${stamp}-${i}`;
        const encoded = new Response(multipart(c.form, [["body", commentBody(token)]]));
        const body = Buffer.from(await encoded.arrayBuffer());
        const post = slowPost(`${server.url}${c.form.path}`, body, encoded.headers.get("content-type")!, { Cookie: c.cookie, Origin: server.url, "X-Forwarded-For": c.clientAddress }, 3_000);
        return { token, ...post };
      }),
    );
    await Promise.all(slow.map((s) => s.sent));
    // Each on its own connection, sent early enough for the server to have read it: a request
    // whose bytes still sit unread when the signal comes is dropped with its idle-looking
    // connection (Node's server.close()), which a proxy retries.
    const pages = Array.from({ length: 10 }, (_, i) => plainGet(`${server.url}${i % 2 ? "/" : `/articles/${slugs[0]}`}`));
    await sleep(1_000);
    const exit = server.stop("SIGTERM");
    stopped = true;
    await sleep(500);
    const refused = await plainGet(`${server.url}/api/health`).then((r) => (r.status ? `answered ${r.status}` : "refused"));
    const answers = await Promise.all(slow.map((s) => s.answer.catch((e: unknown) => ({ status: 0, html: String(e) }))));
    const pageAnswers = await Promise.all(pages);
    const { code, signal, ms } = await exit;
    report.tried.push(`SIGTERM with ${slow.length} comment posts in flight (bodies still arriving for 3 s) and ${pages.length} page requests under way`);

    const posted = answers.filter((a) => a.status === 200 && formMessage(a.html)?.ok).length;
    const stored = await storedCounts(databaseFile, slow.map((s) => s.token));
    const storedOnce = [...stored.values()].filter((n) => n === 1).length;
    if (posted === slow.length && storedOnce === slow.length) report.held.push(`all ${slow.length} in-flight comment posts completed (acknowledged and stored) after the signal`);
    else report.failed.push(`in-flight posts: ${posted} of ${slow.length} acknowledged (${answers.map((a) => a.status).join(", ")}), ${storedOnce} stored`);
    const okPages = pageAnswers.filter((p) => p.status === 200).length;
    if (okPages === pageAnswers.length) report.held.push(`all ${pageAnswers.length} page requests under way completed with 200`);
    else report.failed.push(`page requests under way: ${pageAnswers.map((p) => p.status).join(", ")}`);
    if (refused === "refused") report.held.push("a new connection after the signal was refused");
    else report.failed.push(`a new request after the signal ${refused}`);
    if (ms < EXIT_LIMIT_MS && signal === null) report.held.push(`the process exited by itself ${fmt(ms)} ms after SIGTERM (code ${code})`);
    else report.failed.push(`exit after SIGTERM: ${ms} ms, code ${code}, signal ${signal}`);

    const logs = server.logs();
    const done = logs.map((l) => (l.startsWith("{") ? (JSON.parse(l) as LogLine) : null)).find((l) => l?.event === "shutdown.done");
    const wal = `${databaseFile}-wal`;
    const walBytes = fs.existsSync(wal) ? fs.statSync(wal).size : 0;
    if (done && walBytes === 0) report.held.push(`the WAL was checkpointed on exit (${wal.split("/").pop()} ${walBytes} bytes; ${JSON.stringify(done.checkpoint)})`);
    else report.failed.push(`after exit: shutdown.done logged ${Boolean(done)}, WAL ${walBytes} bytes`);
    // Opened read-only, a database with a WAL to replay would still need recovery; it must not.
    const readonly = new Database(databaseFile, { readonly: true, fileMustExist: true });
    const comments = (readonly.prepare(`SELECT count(*) AS n FROM Comment`).get() as { n: number }).n;
    readonly.close();
    const check = integrity(databaseFile);
    if (check === "ok") report.held.push(`the database opens clean after the stop: integrity_check ok, ${comments} comments`);
    else report.failed.push(`after the stop: integrity_check ${check}`);
  } finally {
    if (!stopped) await server.stop();
  }
}

export default {
  name: "Operations",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    for (const [name, check] of [
      ["health check", healthCheck],
      ["request ids in the logs", requestIds],
      ["SIGTERM", sigterm],
    ] as const) {
      ctx.log(name);
      try {
        await check(ctx, report);
      } catch (error) {
        report.failed.push(`${name}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    return report;
  },
} satisfies ReliabilityPart;
