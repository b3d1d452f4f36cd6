/**
 * Part 6: faults. The server killed with SIGKILL in the middle of a comment burst; the database
 * write-locked by another process for 10 s; the uploads folder on a full file system; the mail
 * server unreachable or silent; each bad environment variable at start-up. With `--postgresql`
 * the crash (kill -9 during a comment burst) runs on PostgreSQL; the others are about a SQLite
 * file, the local disk or the process, and run with the SQLite suite.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import sharp from "sharp";
import { freePort } from "../../scripts/lib/free-port";
import { createUnsubscribeToken } from "../../lib/comments/unsubscribe-token";
import { countRows, freshDatabase, sessionFor } from "../support/database";
import { freshPostgresDatabase } from "../support/postgres";
import { isPostgres } from "../support/sql";
import { alive, jsonLines, RELIABILITY_AUTH_SECRET, ServerStartError, startServer, uploadsDirFor, type RunningServer } from "../support/server";
import { commentBody, commentableSlugs, fmt, integrity, newCommenter, sleep, tally, verifyLedger, type Attempt } from "../support/ops-comments";
import { loadForm, submitForm } from "../support/ops-forms";
import type { PartReport, ReliabilityContext, ReliabilityPart } from "../types";

/** Servers started at once by the bad-environment check. */
const PARALLEL_STARTS = 3;
const BUSY_TIMEOUT_MS = 5_000;
const LOCK_MS = 10_000;

async function killDuringBurst(ctx: ReliabilityContext, report: PartReport) {
  const { database: databaseFile, env } =
    ctx.engine === "postgresql" ? await freshPostgresDatabase("faults-kill").then(({ url, env }) => ({ database: url, env })) : { database: freshDatabase("faults-kill", "demo"), env: {} };
  let server = await startServer({ database: databaseFile, distDir: ctx.distDir, env });
  const slugs = await commentableSlugs(databaseFile, 10);
  const commenters = await Promise.all(Array.from({ length: 10 }, (_, i) => newCommenter(server.url, databaseFile, slugs[i % slugs.length]!, `10.56.1.${i + 1}`)));
  const attempts: Attempt[] = [];
  let killedAt = 0;
  const burst = Promise.all(
    commenters.map(async (c, i) => {
      for (let n = 1; n <= 5 && !killedAt; n++) attempts.push(...(await c.post(`kill-c${i}-n${n}-${Date.now()}`, { timeoutMs: 20_000 })));
    }),
  );
  // Kill once a few comments are in, with more on the way.
  const deadline = Date.now() + 20_000;
  while (attempts.filter((a) => a.outcome === "acknowledged").length < 8 && Date.now() < deadline) await sleep(50);
  killedAt = Date.now();
  await server.kill9();
  await burst;
  const t = tally(attempts);
  report.tried.push(`kill -9 of the server during a burst of ${commenters.length} commenters: ${t.acknowledged} comments acknowledged before the kill, ${t["no-answer"]} posts cut off`);

  const restartStarted = Date.now();
  server = await startServer({ port: server.port, database: databaseFile, distDir: ctx.distDir, env });
  const ready = Date.now() - restartStarted;
  try {
    const pages = ["/", `/articles/${slugs[0]}`, "/api/health"];
    const statuses = await Promise.all(pages.map(async (p) => (await fetch(`${server.url}${p}`)).status));
    if (statuses.every((s) => s === 200)) report.held.push(`after the restart the site served at once: ready in ${fmt(ready)} ms, ${pages.join(", ")} all 200`);
    else report.failed.push(`after the restart: ${pages.map((p, i) => `${p} → ${statuses[i]}`).join(", ")}`);
    const check = isPostgres(databaseFile) ? null : integrity(databaseFile);
    const ledger = await verifyLedger(databaseFile, attempts);
    if (check === "ok") report.held.push("after the kill: PRAGMA integrity_check ok");
    else if (check !== null) report.failed.push(`after the kill: PRAGMA integrity_check: ${check}`);
    if (ledger.lost.length === 0 && ledger.doubled.length === 0 && ledger.refusedStored.length === 0 && ledger.storedOnce === ledger.acknowledged) {
      report.held.push(`after the kill: all ${ledger.acknowledged} acknowledged comments stored exactly once (${ledger.unansweredStored} of the ${t["no-answer"]} cut-off posts had been committed)`);
    } else {
      report.failed.push(`after the kill: acknowledged ${ledger.acknowledged}, lost ${ledger.lost.join(", ") || "none"}, doubled ${ledger.doubled.join(", ") || "none"}`);
    }
  } finally {
    await server.stop();
  }
}

async function lockedDatabase(ctx: ReliabilityContext, report: PartReport) {
  const databaseFile = freshDatabase("faults-lock", "demo");
  const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
  try {
    const [slug] = await commentableSlugs(databaseFile, 1);
    const commenter = await newCommenter(server.url, databaseFile, slug!, "10.56.2.1");
    const [first] = await commenter.post(`lock-before-${Date.now()}`, { fields: [["notifyReplies", "on"]] });
    if (first?.outcome !== "acknowledged") throw new Error(`posting before the lock: ${first?.outcome} ${first?.detail ?? ""}`);
    const sqlite = new Database(databaseFile, { readonly: true });
    const { id: commentId } = sqlite.prepare(`SELECT id FROM Comment WHERE body = ?`).get(commentBody(first.token)) as { id: string };
    sqlite.close();
    const unsubscribeUrl = `${server.url}/unsubscribe?token=${createUnsubscribeToken(commentId, RELIABILITY_AUTH_SECRET)}`;

    const locker = new Database(databaseFile);
    locker.exec("BEGIN EXCLUSIVE");
    const lockedAt = Date.now();
    const releaseAt = lockedAt + LOCK_MS;
    const released = sleep(LOCK_MS).then(() => {
      locker.exec("ROLLBACK");
      locker.close();
    });
    const reads: { status: number | null; ms: number }[] = [];
    const readLoop = (async () => {
      while (Date.now() < releaseAt) {
        const started = Date.now();
        try {
          // The cached story page and the discussion page, which reads the database per request.
          const r = await fetch(`${server.url}/articles/${slug}${reads.length % 2 ? "/discussion" : ""}`, { signal: AbortSignal.timeout(30_000) });
          await r.arrayBuffer();
          reads.push({ status: r.status, ms: Date.now() - started });
        } catch {
          reads.push({ status: null, ms: Date.now() - started });
        }
        await sleep(250);
      }
    })();
    await sleep(500);
    const timed = async <T>(work: () => Promise<T>) => {
      const started = Date.now();
      const value = await work();
      return { value, ms: Date.now() - started };
    };
    const [comment, unsubscribe] = await Promise.all([
      timed(() => commenter.post(`lock-during-${Date.now()}`, { timeoutMs: 30_000 })),
      timed(async () => {
        const r = await fetch(unsubscribeUrl, { method: "POST", redirect: "manual", signal: AbortSignal.timeout(30_000) });
        return { status: r.status, retryAfter: r.headers.get("retry-after"), body: await r.text() };
      }),
    ]);
    await Promise.all([released, readLoop]);
    report.tried.push(`held BEGIN EXCLUSIVE from another process for ${LOCK_MS / 1000} s while posting a comment, a one-click unsubscribe and ${reads.length} page reads`);

    const during = comment.value[0]!;
    if (during.outcome === "busy" && comment.ms < BUSY_TIMEOUT_MS + 8_000) {
      report.held.push(`the comment form answered after ${fmt(comment.ms)} ms (busy timeout ${BUSY_TIMEOUT_MS} ms) with "${during.detail}"`);
    } else {
      report.failed.push(`the comment posted during the lock: ${during.outcome} after ${comment.ms} ms (${during.detail ?? ""})`);
    }
    if (unsubscribe.value.status === 503 && unsubscribe.value.retryAfter && /try again/i.test(unsubscribe.value.body)) {
      report.held.push(`the unsubscribe route answered 503 with Retry-After: ${unsubscribe.value.retryAfter} after ${fmt(unsubscribe.ms)} ms`);
    } else {
      report.failed.push(`the unsubscribe route during the lock answered ${unsubscribe.value.status} after ${unsubscribe.ms} ms`);
    }
    const badReads = reads.filter((r) => r.status !== 200);
    const slowest = Math.max(0, ...reads.map((r) => r.ms));
    if (badReads.length === 0) report.held.push(`${reads.length} page reads during the lock all 200 (WAL readers are not blocked; slowest ${fmt(slowest)} ms while a write waited)`);
    else report.failed.push(`${badReads.length} of ${reads.length} page reads during the lock failed: ${badReads.map((r) => r.status ?? "no answer").join(", ")}`);

    // Recovery by itself.
    const [after] = await commenter.post(`lock-after-${Date.now()}`);
    const unsubscribeAfter = await fetch(unsubscribeUrl, { method: "POST", redirect: "manual" });
    const stored = new Database(databaseFile, { readonly: true });
    const duringStored = (stored.prepare(`SELECT count(*) AS n FROM Comment WHERE body = ?`).get(commentBody(during.token)) as { n: number }).n;
    const notify = (stored.prepare(`SELECT notifyReplies AS n FROM Comment WHERE id = ?`).get(commentId) as { n: number }).n;
    stored.close();
    if (after?.outcome === "acknowledged" && unsubscribeAfter.status === 303 && notify === 0 && duringStored === 0 && alive(server.pid)) {
      report.held.push("after the lock the same server (same pid) took the next comment and unsubscribe at once; nothing from the refused requests was stored");
    } else {
      report.failed.push(`after the lock: comment ${after?.outcome}, unsubscribe ${unsubscribeAfter.status}, notifyReplies ${notify}, refused comment stored ${duringStored}, alive ${alive(server.pid)}`);
    }
  } finally {
    await server.stop();
  }
}

async function fullUploads(ctx: ReliabilityContext, report: PartReport) {
  const what = "the uploads folder on a full file system";
  if (process.getuid?.() !== 0) {
    report.tried.push(`SKIPPED ${what}: mounting a tmpfs needs root (running as uid ${process.getuid?.()})`);
    return;
  }
  const databaseFile = freshDatabase("faults-uploads", "demo");
  const uploads = uploadsDirFor(databaseFile);
  fs.mkdirSync(uploads, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", uploads], { stdio: "pipe" });
  } catch (error) {
    report.tried.push(`SKIPPED ${what}: mount -t tmpfs failed (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`);
    return;
  }
  let server: RunningServer | null = null;
  try {
    // Leave 64 KB free: less than one upload's variants.
    const free = () => fs.statfsSync(uploads).bavail * fs.statfsSync(uploads).bsize;
    fs.writeFileSync(path.join(uploads, "filler"), Buffer.alloc(Math.max(0, free() - 64 * 1024)));
    server = await startServer({ database: databaseFile, distDir: ctx.distDir });
    const editor = await sessionFor(databaseFile, "EDITOR");
    const form = await loadForm(server.url, "/admin/media", { containing: "file" }, { cookie: editor.cookie });
    const noise = Buffer.alloc(1600 * 1200 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const png = await sharp(noise, { raw: { width: 1600, height: 1200, channels: 3 } }).png().toBuffer();
    const mediaBefore = await countRows(databaseFile, "Media");
    const answer = await submitForm(
      server.url,
      form,
      [
        ["file", new Blob([new Uint8Array(png)], { type: "image/png" }), "photo.png"],
        ["alt", "A test pattern"],
        ["caption", ""],
        ["credit", ""],
      ],
      { cookie: editor.cookie },
    );
    const left = fs.readdirSync(uploads).filter((f) => f !== "filler");
    const mediaAfter = await countRows(databaseFile, "Media");
    const logged = jsonLines(server.logs()).some((l) => l.event === "media.storage-full");
    report.tried.push(`uploaded a ${fmt(png.length)}-byte PNG as an editor into a 1 MB tmpfs with 64 KB free`);
    if (answer.status === 200 && answer.message && !answer.message.ok && /storage is full/i.test(answer.message.text)) {
      report.held.push(`${what}: the form said "${answer.message.text}"`);
    } else {
      report.failed.push(`${what}: HTTP ${answer.status}, message ${JSON.stringify(answer.message)}`);
    }
    if (left.length === 0 && mediaAfter === mediaBefore) report.held.push(`${what}: no file or folder left behind, no Media row added`);
    else report.failed.push(`${what}: left behind ${JSON.stringify(left)}, Media rows ${mediaBefore} → ${mediaAfter}`);
    if (logged && alive(server.pid)) report.held.push(`${what}: logged as media.storage-full; the server kept running`);
    else report.failed.push(`${what}: logged ${logged}, server alive ${alive(server.pid)}`);
  } finally {
    await server?.stop();
    execFileSync("umount", [uploads], { stdio: "pipe" });
  }
}

async function unreachableMail(ctx: ReliabilityContext, report: PartReport) {
  const databaseFile = freshDatabase("faults-smtp", "demo");
  // A mail server that accepts connections and never says a word.
  const sockets = new Set<net.Socket>();
  const silent = net.createServer((s) => sockets.add(s));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const silentPort = (silent.address() as net.AddressInfo).port;
  // Nothing listens on a port the kernel has just handed out and taken back.
  const closedPort = await freePort();
  try {
    for (const [n, [label, port, limitMs]] of ([
      ["refused (nothing listening)", closedPort, 5_000],
      ["silent (connects, never greets)", silentPort, 15_000],
    ] as const).entries()) {
      const server = await startServer({ database: databaseFile, distDir: ctx.distDir, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, DEMO_MODE: "false" } });
      try {
        const form = await loadForm(server.url, "/signin", { containing: "email" });
        const email = `reader-${Date.now()}@reliability.example`;
        const requestId = `smtp-${port}-${Date.now()}`;
        const answer = await submitForm(server.url, form, [["email", email]], { requestId, clientAddress: `10.56.4.${n + 1}` });
        const kept = answer.html.includes(`value="${email}"`);
        const logged = jsonLines(server.logs()).some((l) => l.event === "mail.failed" && l.requestId === requestId);
        report.tried.push(`sign-in link requested with the mail server ${label}`);
        if (answer.status === 200 && answer.message && !answer.message.ok && /could not send the email/i.test(answer.message.text) && kept && answer.ms < limitMs) {
          report.held.push(`mail server ${label}: after ${fmt(answer.ms)} ms the form said "${answer.message.text}" and kept the address`);
        } else {
          report.failed.push(`mail server ${label}: HTTP ${answer.status} after ${answer.ms} ms, message ${JSON.stringify(answer.message)}, address kept ${kept}`);
        }
        if (logged) report.held.push(`mail server ${label}: logged as mail.failed with the request's id`);
        else report.failed.push(`mail server ${label}: no mail.failed log line with request id ${requestId}`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
}

/** One bad value per case; the variable the message must name. */
const BAD_ENVIRONMENTS: [variable: string, env: Record<string, string | undefined>][] = [
  ["DATABASE_URL", { DATABASE_URL: "mysql://db.example/masthead" }],
  ["SITE_URL", { SITE_URL: "ftp://news.example.com" }],
  ["SITE_NAME", { SITE_NAME: " " }],
  ["SITE_LANGUAGE", { SITE_LANGUAGE: "English" }],
  ["SITE_TIMEZONE", { SITE_TIMEZONE: "Mars/Olympus" }],
  ["AUTH_SECRET", { AUTH_SECRET: "too-short" }],
  ["AUTH_SECRET", { AUTH_SECRET: undefined }],
  ["SMTP_URL", { SMTP_URL: "http://mail.example.com" }],
  ["SMTP_URL", { SMTP_URL: undefined, DEMO_MODE: "false" }],
  ["EMAIL_FROM", { EMAIL_FROM: "newsroom" }],
  ["GITHUB_SECRET", { GITHUB_ID: "id-without-secret" }],
  ["GITHUB_ID", { GITHUB_SECRET: "secret-without-id" }],
  ["GOOGLE_SECRET", { GOOGLE_ID: "id-without-secret" }],
  ["GOOGLE_ID", { GOOGLE_SECRET: "secret-without-id" }],
  ["UPLOADS_DIR", { UPLOADS_DIR: "" }],
  ["MEDIA_STORAGE", { MEDIA_STORAGE: "ftp" }],
  ["S3_BUCKET", { MEDIA_STORAGE: "s3", S3_REGION: "eu-central-1" }],
  ["S3_SECRET_ACCESS_KEY", { S3_ACCESS_KEY_ID: "key-without-secret" }],
  ["SCHEDULER_INTERVAL_SECONDS", { SCHEDULER_INTERVAL_SECONDS: "soon" }],
  ["DEMO_MODE", { DEMO_MODE: "yes" }],
];

async function badEnvironment(ctx: ReliabilityContext, report: PartReport) {
  const databaseFile = freshDatabase("faults-env", "demo");
  const queue = [...BAD_ENVIRONMENTS];
  const outcomes: string[] = [];
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: PARALLEL_STARTS }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [variable, env] = next;
        const label = `${Object.entries(env).map(([k, v]) => `${k}=${v === undefined ? "(unset)" : JSON.stringify(v)}`).join(" ")}`;
        let logs: string[];
        let exited: boolean;
        try {
          const server = await startServer({ database: databaseFile, distDir: ctx.distDir, env, readyTimeoutMs: 30_000 });
          // It answered: it must still go down by itself, at once.
          const deadline = Date.now() + 5_000;
          while (alive(server.pid) && Date.now() < deadline) await sleep(100);
          exited = !alive(server.pid);
          logs = server.logs();
          await server.stop();
        } catch (error) {
          if (!(error instanceof ServerStartError)) throw error;
          exited = true;
          logs = error.logs;
        }
        const named = jsonLines(logs).some(
          (l) => l.event === "startup.invalid-environment" && Array.isArray(l.problems) && l.problems.some((p) => String(p).startsWith(`${variable} `)),
        );
        if (exited && named) outcomes.push(variable);
        else failures.push(`${label}: ${exited ? "exited" : "kept running"}, ${named ? "named" : `did not name ${variable}`}`);
      }
    }),
  );
  report.tried.push(`started the server ${BAD_ENVIRONMENTS.length} times, each with one bad or missing variable read by lib/env.ts (DATABASE_AUTH_TOKEN is free text: nothing to refuse)`);
  if (failures.length === 0) report.held.push(`each start failed at once, naming the variable: ${[...new Set(outcomes)].join(", ")}`);
  else report.failed.push(...failures.map((f) => `bad environment ${f}`));
}

const FAULTS = [
  ["kill -9 during a comment burst", killDuringBurst],
  ["database locked by another process", lockedDatabase],
  ["uploads on a full file system", fullUploads],
  ["mail server unreachable", unreachableMail],
  ["bad environment", badEnvironment],
] as const;

export default {
  name: "Faults",
  engines: ["sqlite", "postgresql"],
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    for (const [name, fault] of ctx.engine === "postgresql" ? FAULTS.slice(0, 1) : FAULTS) {
      ctx.log(name);
      try {
        await fault(ctx, report);
      } catch (error) {
        report.failed.push(`${name}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    return report;
  },
} satisfies ReliabilityPart;
