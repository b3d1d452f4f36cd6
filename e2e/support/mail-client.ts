/** Reads the local mail sink (e2e/support/mail-sink.ts) from the tests. */
import { expect } from "@playwright/test";
import { MAIL_SINK } from "./ports";

const api = `http://127.0.0.1:${MAIL_SINK.httpPort}`;

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export async function mailTo(address: string): Promise<CapturedMail[]> {
  const response = await fetch(`${api}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CapturedMail[];
}

/** Waits for the `count`-th message to an address and returns it. */
export async function waitForMail(address: string, count = 1): Promise<CapturedMail> {
  let messages: CapturedMail[] = [];
  await expect
    .poll(async () => {
      messages = await mailTo(address);
      return messages.length;
    }, { timeout: 15_000, message: `waiting for mail to ${address}` })
    .toBeGreaterThanOrEqual(count);
  return messages[count - 1]!;
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(mail: CapturedMail, prefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(prefix));
  if (!link) throw new Error(`No link starting with ${prefix} in "${mail.subject}":\n${mail.text}`);
  return link;
}
