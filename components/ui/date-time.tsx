import { formatDate, formatDateTime } from "@/lib/site/dates";

/** A date as `<time datetime>`, written out in the newsroom's time zone. */
export function DateTime({ date, withTime = true }: { date: Date; withTime?: boolean }) {
  return <time dateTime={date.toISOString()}>{withTime ? formatDateTime(date) : formatDate(date)}</time>;
}
