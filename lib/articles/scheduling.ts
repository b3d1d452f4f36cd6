/**
 * Scheduled publishing. `publishDue` makes every scheduled story whose time has come live; the
 * server runs it on a timer and once at start-up (the catch-up sweep), and operators can run it
 * with `npx masthead publish-due`.
 */
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { invalidateArticle } from "@/lib/cache/invalidate";

/** A story more than this late (the server was down) goes out with the time it actually went live. */
export const LATE_AFTER_MS = 5 * 60 * 1000;

export async function publishDue(now = new Date()): Promise<{ id: string; slug: string }[]> {
  const due = await db.article.findMany({
    where: { status: "SCHEDULED", scheduledAt: { lte: now } },
    orderBy: { scheduledAt: "asc" },
    select: { id: true, slug: true, scheduledAt: true, publishedAt: true },
  });
  const published: { id: string; slug: string }[] = [];
  for (const article of due) {
    const at = article.scheduledAt ?? now;
    const late = now.getTime() - at.getTime() > LATE_AFTER_MS;
    const done = await db.$transaction(async (tx) => {
      // Another process may have published it meanwhile.
      const { count } = await tx.article.updateMany({
        where: { id: article.id, status: "SCHEDULED" },
        data: { status: "PUBLISHED", publishedAt: article.publishedAt ?? (late ? now : at), scheduledAt: null, version: { increment: 1 } },
      });
      if (count === 1) {
        await recordAudit(tx, { actorId: null, action: "article.publish", targetType: "article", targetId: article.id, detail: { scheduledAt: at.toISOString(), late } });
      }
      return count === 1;
    });
    if (done) {
      published.push({ id: article.id, slug: article.slug });
      await invalidateArticle(article.id);
    }
  }
  return published;
}
