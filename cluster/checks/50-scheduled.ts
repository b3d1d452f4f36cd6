/**
 * The story scheduled through A for the next whole minute when the drill began goes live once:
 * both app servers run the scheduler every few seconds, and exactly one of them publishes it —
 * one audit event, one page-cache invalidation — and every host shows it.
 */
import { withSql } from "../../reliability/support/sql";
import { emptyReport, get, sleep, type ClusterCheck } from "../types";

/** Longer than the app servers' scheduler interval, with room for a busy machine. */
const GRACE_MS = 30_000;

export const check: ClusterCheck = {
  name: "a story scheduled for the next minute, published once",
  async run({ scheduled, databaseUrl, apps, edge }) {
    const report = emptyReport();
    const wait = scheduled.at.getTime() + GRACE_MS - Date.now();
    if (wait > 0) await sleep(wait);
    report.tried.push(`scheduled /articles/${scheduled.slug} through ${apps[0].name} for ${scheduled.at.toISOString()}; both app servers sweep every 2 s`);
    const facts = await withSql(databaseUrl, async (sql) => {
      const [article] = await sql.all<{ status: string; publishedAt: Date | string | null }>(`SELECT "status", "publishedAt" FROM "Article" WHERE "id" = ?`, [scheduled.id]);
      const count = async (statement: string, params: string[]) => Number((await sql.all<{ n: string | number }>(statement, params))[0]?.n ?? 0);
      return {
        article,
        audits: await count(`SELECT count(*) AS n FROM "AuditEvent" WHERE "action" = 'article.publish' AND "targetId" = ?`, [scheduled.id]),
        invalidations: await count(`SELECT count(*) AS n FROM "CacheInvalidation" WHERE "tag" = ?`, [`article:${scheduled.id}`]),
      };
    });
    const publishedAt = facts.article?.publishedAt ? new Date(facts.article.publishedAt) : null;
    if (facts.article?.status === "PUBLISHED" && publishedAt?.getTime() === scheduled.at.getTime()) report.held.push(`published with its scheduled time`);
    else report.failed.push(`status ${facts.article?.status}, published at ${publishedAt?.toISOString() ?? "never"}`);
    if (facts.audits === 1 && facts.invalidations === 1) report.held.push(`one audit event and one cache invalidation: published once, by one server`);
    else report.failed.push(`${facts.audits} publish audit events and ${facts.invalidations} invalidations (expected one each)`);
    for (const [where, base] of [...apps.map((app) => [app.name, app.url] as const), ["the edge", edge.url] as const]) {
      const page = await get(`${base}/articles/${scheduled.slug}`);
      if (page.status === 200) report.held.push(`${where} serves it`);
      else report.failed.push(`${where} answers ${page.status}`);
    }
    return report;
  },
};
