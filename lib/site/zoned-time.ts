/**
 * `datetime-local` values are wall-clock times in the newsroom's time zone. These convert them
 * to and from instants without a date library. Pure.
 */

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-11-29T18:30" in `timeZone` → the instant, or null when malformed. */
export function zonedLocalToDate(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall) || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  let guess = wall - offsetMs(wall, timeZone);
  guess = wall - offsetMs(guess, timeZone);
  return new Date(guess);
}

/** An instant → "2026-11-29T18:30" in `timeZone`, for a `datetime-local` input. */
export function dateToZonedLocal(date: Date, timeZone: string): string {
  const shifted = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  return shifted.toISOString().slice(0, 16);
}
