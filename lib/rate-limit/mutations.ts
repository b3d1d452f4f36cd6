/**
 * Counted rate limits for actions that leave no row of their own (sign-in link requests).
 * Check and record happen in one transaction, taking turns, so concurrent requests cannot both slip through.
 */
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { takeTurns } from "@/lib/dialect";
import { firstBrokenRule, DAY, type RateRule } from "@/lib/rate-limit/rules";

const RATE_TURNS = takeTurns(0x52415445);

export async function consumeRateLimit(bucket: string, key: string, rules: readonly RateRule[], now = new Date()): Promise<void> {
  const broken = await db.$transaction(async (tx) => {
    // Counting and recording take turns (on PostgreSQL; SQLite writers always do), so requests
    // that arrive at once cannot all count the same earlier events.
    if (RATE_TURNS) await tx.$executeRaw(RATE_TURNS);
    const counts = await Promise.all(
      rules.map((rule) =>
        tx.rateLimitEvent.count({ where: { bucket, key, createdAt: { gt: new Date(now.getTime() - rule.windowMs) } } }),
      ),
    );
    const rule = firstBrokenRule(rules, counts);
    if (!rule) await tx.rateLimitEvent.create({ data: { bucket, key, createdAt: now } });
    return rule;
  });
  if (broken) throw new AppError("RATE_LIMITED", broken.message);
}

/** Forgets events older than a day (the longest window in use). */
export async function pruneRateLimitEvents(now = new Date()): Promise<number> {
  const { count } = await db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - DAY) } } });
  return count;
}
