import "server-only";
import { db } from "@/lib/db";

/** Site-wide switches, with the value used when the newsroom has not set one. */
export const SETTING_DEFAULTS = {
  /** A new commenter's first comment waits for a moderator. */
  "comments.premoderation": true,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

export async function getBooleanSetting(key: SettingKey): Promise<boolean> {
  const row = await db.siteSetting.findUnique({ where: { key }, select: { value: true } });
  if (!row) return SETTING_DEFAULTS[key];
  return row.value === "true";
}
