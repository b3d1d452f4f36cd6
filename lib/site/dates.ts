/** Dates as readers see them, in the newsroom's time zone. */
import { env } from "@/lib/env";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: env.SITE_TIMEZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});

const dateOnly = new Intl.DateTimeFormat("en-GB", {
  timeZone: env.SITE_TIMEZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
});

export const formatDateTime = (date: Date) => dateTime.format(date);
export const formatDate = (date: Date) => dateOnly.format(date);
