/**
 * The database host's PostgreSQL stops at once (as in a crash) and comes back 10 s later, while
 * commenters post to both app servers. While it is down a write answers a clear 503 (or the form
 * says the site is too busy, keeping the text); nothing acknowledged is lost; both app servers
 * serve writes again afterwards without being restarted.
 */
import { createUnsubscribeToken } from "../../lib/comments/unsubscribe-token";
import { commentableSlugs, newCommenter, tally, verifyLedger, type Attempt } from "../../reliability/support/ops-comments";
import { RELIABILITY_AUTH_SECRET } from "../../reliability/support/server";
import { withSql } from "../../reliability/support/sql";
import { emptyReport, sleep, type ClusterCheck } from "../types";

const COMMENTERS = 8;
const DOWN_MS = 10_000;
const PAUSE_MS = 13_000;

export const check: ClusterCheck = {
  name: "database restarted: a clear 503 while down, nothing acknowledged lost, both app servers recover",
  async run({ apps, database, databaseUrl, log }) {
    const report = emptyReport();
    const pids = apps.map((app) => app.server().pid);
    const slugs = await commentableSlugs(databaseUrl, COMMENTERS);
    const [comment] = await withSql(databaseUrl, (sql) => sql.all<{ id: string }>(`SELECT "id" FROM "Comment" LIMIT 1`));
    const unsubscribe = `/unsubscribe?token=${createUnsubscribeToken(comment!.id, RELIABILITY_AUTH_SECRET)}`;
    const commenters = await Promise.all(Array.from({ length: COMMENTERS }, (_, i) => newCommenter(apps[i % 2]!.url, databaseUrl, slugs[i % slugs.length]!, `198.18.70.${i + 1}`)));

    const attempts: Attempt[] = [];
    let phase: "before" | "down" | "after" = "before";
    const during: Attempt[] = [];
    const posting = Promise.all(
      commenters.map(async (commenter, i) => {
        await sleep(i * 700);
        for (let n = 0; n < 4; n++) {
          const answers = await commenter.post(`db-restart-${i}-${n}-${Date.now().toString(36)}`, { timeoutMs: 30_000 });
          attempts.push(...answers);
          if (phase === "down") during.push(...answers);
          await sleep(phase === "down" ? 2_000 : PAUSE_MS / 3);
        }
      }),
    );
    await sleep(4_000);
    database.kill();
    phase = "down";
    log("the database is down");
    const routeAnswers = await Promise.all(
      apps.map(async (app) => {
        const response = await fetch(`${app.url}${unsubscribe}`, { method: "POST", redirect: "manual", signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        return { app: app.name, status: response.status, retryAfter: response.headers.get("retry-after") };
      }),
    );
    await sleep(DOWN_MS);
    await database.restart();
    phase = "after";
    log("the database is back");
    await posting;

    const counts = tally(attempts);
    report.tried.push(`${COMMENTERS} commenters on both app servers, PostgreSQL stopped at once for ${DOWN_MS / 1000} s: ${attempts.length} posts (${Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(", ")})`);
    for (const answer of routeAnswers) {
      if (answer.status === 503 && answer.retryAfter) report.held.push(`one-click unsubscribe on ${answer.app} while the database was down: 503 with Retry-After ${answer.retryAfter}`);
      else report.failed.push(`one-click unsubscribe on ${answer.app} while the database was down: ${answer.status}`);
    }
    const unclear = during.filter((a) => a.outcome !== "busy" && !(a.outcome === "http-error" && a.status === 503) && a.outcome !== "acknowledged");
    if (during.length > 0 && unclear.length === 0) report.held.push(`${during.length} posts while it was down: each a 503 or the form's "too busy" message`);
    else report.failed.push(`posts while the database was down: ${during.length}, unclear answers ${unclear.length}${unclear[0] ? ` (${unclear[0].outcome} ${unclear[0].status} ${unclear[0].detail ?? ""})` : ""}`);
    const ledger = await verifyLedger(databaseUrl, attempts);
    if (ledger.lost.length === 0 && ledger.doubled.length === 0 && ledger.refusedStored.length === 0) report.held.push(`${ledger.acknowledged} acknowledged comments, each stored exactly once`);
    else report.failed.push(`lost ${ledger.lost.length}, doubled ${ledger.doubled.length}, refused yet stored ${ledger.refusedStored.length} of ${ledger.acknowledged} acknowledged`);

    for (const [i, app] of apps.entries()) {
      const commenter = await newCommenter(app.url, databaseUrl, slugs[0]!, `198.18.71.${i + 1}`);
      const [answer] = await commenter.post(`db-after-${i}-${Date.now().toString(36)}`);
      const same = app.server().pid === pids[i];
      if (answer?.outcome === "acknowledged" && same) report.held.push(`${app.name} takes comments again, same process (${pids[i]})`);
      else report.failed.push(`${app.name} after the restart: ${answer?.outcome} ${answer?.detail ?? ""}, ${same ? "same process" : "restarted"}`);
    }
    return report;
  },
};
