/**
 * Scheduled publishing. `publishDue` makes every scheduled story whose time has come live; every
 * app server runs it on a timer and once at start-up (the catch-up sweep), and operators can run
 * it with `npx masthead publish-due`.
 *
 * Any number of processes, on any number of hosts, may sweep at once: one transaction claims the
 * due rows with a single conditional UPDATE (its first statement, so SQLite takes the write lock
 * before reading, and PostgreSQL's row locks make a concurrent sweep wait and then pass over what
 * this one took), then sets each claimed story's times and writes its one audit event. A story is
 * therefore published, audited and announced to the page cache exactly once, by whichever sweep
 * claimed it.
 */
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateArticle } from "@/lib/cache/invalidate";

/** A story more than this late (the server was down) goes out with the time it actually went live. */
export const LATE_AFTER_MS = 5 * 60 * 1000;

export async function publishDue(now = new Date()): Promise<{ id: string; slug: string }[]> {
  const published = await db.$transaction(async (tx) => {
    const claimed = await tx.article.updateManyAndReturn({
      where: { status: "SCHEDULED", scheduledAt: { lte: now } },
      data: { status: "PUBLISHED", version: { increment: 1 } },
      select: { id: true, slug: true, scheduledAt: true, publishedAt: true },
    });
    claimed.sort((a, b) => (a.scheduledAt?.getTime() ?? 0) - (b.scheduledAt?.getTime() ?? 0) || a.id.localeCompare(b.id));
    for (const article of claimed) {
      const at = article.scheduledAt ?? now;
      const late = now.getTime() - at.getTime() > LATE_AFTER_MS;
      // A story that was live before keeps its first publication time.
      await tx.article.update({ where: { id: article.id }, data: { publishedAt: article.publishedAt ?? (late ? now : at), scheduledAt: null } });
      await recordAudit(tx, { actorId: null, action: "article.publish", targetType: "article", targetId: article.id, detail: { scheduledAt: at.toISOString(), late } });
    }
    return claimed.map(({ id, slug }) => ({ id, slug }));
  });
  for (const article of published) await invalidateArticle(article.id);
  return published;
}
