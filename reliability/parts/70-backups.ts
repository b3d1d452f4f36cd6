/**
 * Part 7: backups. `npx masthead db:backup` while comments are being written gives a consistent
 * copy holding every comment acknowledged before it started; `npx masthead export` lists the
 * comments; `npx masthead db:restore` puts the copy in place and a server serves it.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { freshDatabase } from "../support/database";
import { RELIABILITY_DATA_DIR, ROOT } from "../support/paths";
import { startServer } from "../support/server";
import { commentBody, commentableSlugs, fmt, integrity, newCommenter, sleep, storedCounts, type Attempt } from "../support/ops-comments";
import type { PartReport, ReliabilityPart } from "../types";

const COMMENTERS = 12;
const run = promisify(execFile);

/** `npx masthead …` as an operator runs it, against `databaseFile`. */
async function masthead(args: string[], databaseFile: string): Promise<{ ms: number; stdout: string }> {
  const started = Date.now();
  const { stdout } = await run(process.execPath, [path.join(ROOT, "bin/masthead.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: "backup-secret-backup-secret-backup-secret-0123", DEMO_MODE: "true", DATABASE_URL: `file:${databaseFile}`, NEXT_PHASE: "" },
    timeout: 120_000,
  });
  return { ms: Date.now() - started, stdout: stdout.trim() };
}

export default {
  name: "Backups",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const databaseFile = freshDatabase("backup", "demo");
    const scratch = path.join(RELIABILITY_DATA_DIR, "backup-files");
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch, { recursive: true });
    const backupFile = path.join(scratch, "masthead-backup.db");
    const exportFile = path.join(scratch, "export.json");
    const restoredFile = path.join(RELIABILITY_DATA_DIR, "backup-restored", "masthead.db");
    fs.rmSync(path.dirname(restoredFile), { recursive: true, force: true });

    const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
    const slugs = await commentableSlugs(databaseFile, COMMENTERS);
    const commenters = await Promise.all(Array.from({ length: COMMENTERS }, (_, i) => newCommenter(server.url, databaseFile, slugs[i % slugs.length]!, `10.57.1.${i + 1}`)));
    const attempts: (Attempt & { sentAt: number; answeredAt: number })[] = [];
    let writing = true;
    const writers = Promise.all(
      commenters.map(async (c, i) => {
        for (let n = 1; n <= 5 && writing; n++) {
          const sentAt = Date.now();
          for (const a of await c.post(`backup-c${i}-n${n}-${sentAt}`)) attempts.push({ ...a, sentAt, answeredAt: Date.now() });
          await sleep(300);
        }
      }),
    );
    let backup: { ms: number; stdout: string } | null = null;
    let backupStartedAt = 0;
    let backupEndedAt = 0;
    try {
      // Start once every commenter has a comment in, with the rest of their comments still coming.
      const deadline = Date.now() + 60_000;
      while (attempts.filter((a) => a.outcome === "acknowledged").length < COMMENTERS && Date.now() < deadline) await sleep(100);
      backupStartedAt = Date.now();
      backup = await masthead(["db:backup", backupFile], databaseFile);
      backupEndedAt = Date.now();
      await writers;
    } finally {
      writing = false;
      await writers;
      await server.stop();
    }
    if (!backup) throw new Error("the backup did not run");
    const acked = attempts.filter((a) => a.outcome === "acknowledged");
    const ackedBefore = acked.filter((a) => a.answeredAt < backupStartedAt);
    // In flight while the backup ran: sent before it ended, answered after it started.
    const ackedDuring = acked.filter((a) => a.sentAt <= backupEndedAt && a.answeredAt >= backupStartedAt);
    report.tried.push(
      `npx masthead db:backup took ${fmt(backup.ms)} ms while ${COMMENTERS} commenters kept posting (${ackedBefore.length} comments acknowledged before it started, ${ackedDuring.length} written while it ran, ${acked.length} in all)`,
    );
    if (acked.length !== attempts.length) report.failed.push(`${attempts.length - acked.length} comment posts were not acknowledged: ${[...new Set(attempts.filter((a) => a.outcome !== "acknowledged").map((a) => `${a.outcome} ${a.detail ?? ""}`))].join(" | ")}`);
    if (ackedBefore.length === 0) report.failed.push("no comment was acknowledged before the backup started: nothing to look for in it");
    if (ackedDuring.length === 0) report.failed.push("no comment was acknowledged while the backup ran: the backup was not taken under writes");

    const check = integrity(backupFile);
    if (check === "ok") report.held.push(`the backup passes PRAGMA integrity_check (${backup.stdout})`);
    else report.failed.push(`the backup's integrity_check: ${check}`);
    const inBackup = await storedCounts(backupFile, acked.map((a) => a.token));
    const missing = ackedBefore.filter((a) => inBackup.get(a.token) !== 1);
    if (missing.length === 0) report.held.push(`all ${ackedBefore.length} comments acknowledged before the backup started are in it, once each`);
    else report.failed.push(`${missing.length} comments acknowledged before the backup are missing from it: ${missing.slice(0, 3).map((a) => a.token).join(", ")}`);
    const doubled = [...inBackup].filter(([, n]) => n > 1);
    if (doubled.length) report.failed.push(`${doubled.length} comments appear more than once in the backup`);

    const exported = await masthead(["export", exportFile], databaseFile);
    const data = JSON.parse(fs.readFileSync(exportFile, "utf8")) as { comments: { body: string }[] };
    const exportedBodies = new Set(data.comments.map((c) => c.body));
    const notExported = acked.filter((a) => !exportedBodies.has(commentBody(a.token)));
    report.tried.push(`npx masthead export (${fmt(exported.ms)} ms): ${exported.stdout}`);
    if (notExported.length === 0) report.held.push(`the JSON export lists all ${acked.length} acknowledged comments`);
    else report.failed.push(`${notExported.length} acknowledged comments are missing from the export`);

    const restored = await masthead(["db:restore", backupFile], restoredFile);
    report.tried.push(`npx masthead db:restore onto a new database file (${fmt(restored.ms)} ms): ${restored.stdout}`);
    const restoredServer = await startServer({ database: restoredFile, distDir: ctx.distDir });
    try {
      const health = await fetch(`${restoredServer.url}/api/health`);
      const body = (await health.json()) as { database?: string; migration?: string };
      // The commenter sees their own comment (awaiting moderation) on the restored site.
      const sample = ackedBefore[0] ?? acked[0];
      const owner = commenters[Number(/-c(\d+)-/.exec(sample?.token ?? "")?.[1])];
      const page = sample && owner ? await fetch(`${restoredServer.url}${owner.form.path}`, { headers: { Cookie: owner.cookie } }) : null;
      const html = page ? await page.text() : "";
      const sqlite = new Database(restoredFile, { readonly: true });
      const restoredComments = (sqlite.prepare(`SELECT count(*) AS n FROM Comment`).get() as { n: number }).n;
      sqlite.close();
      const backupComments = (() => {
        const b = new Database(backupFile, { readonly: true });
        try {
          return (b.prepare(`SELECT count(*) AS n FROM Comment`).get() as { n: number }).n;
        } finally {
          b.close();
        }
      })();
      if (health.status === 200 && body.database === "ok" && page?.status === 200 && sample && html.includes(commentBody(sample.token)) && restoredComments === backupComments) {
        report.held.push(`a server on the restored file serves it: health 200 (migration ${body.migration}), ${restoredComments} comments as in the backup, and a commenter sees their backed-up comment on ${owner!.form.path}`);
      } else {
        report.failed.push(`restored server: health ${health.status} ${JSON.stringify(body)}, page ${page?.status}, comment shown ${sample ? html.includes(commentBody(sample.token)) : "no sample"}, comments ${restoredComments} vs backup ${backupComments}`);
      }
    } finally {
      await restoredServer.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
