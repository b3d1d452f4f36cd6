/**
 * Outgoing mail. With SMTP_URL set, mail goes through nodemailer; without it (development, or a
 * demo), the message is written to the server log so the links in it can be followed.
 */
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

export class MailDeliveryError extends Error {
  constructor(cause: unknown) {
    super("The mail server could not be reached", { cause });
    this.name = "MailDeliveryError";
  }
}

let transporter: Transporter | null = null;

/**
 * nodemailer waits up to 2 minutes for a connection and 30 seconds for the greeting by default;
 * a person waiting for a sign-in link should hear "we could not send it" well before that.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/**
 * nodemailer reads a connection URL's options from its query string (and ignores options passed
 * beside a URL), so the timeouts travel there; one the operator put in SMTP_URL wins.
 */
export function smtpUrlWithTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [name, ms] of Object.entries(SMTP_TIMEOUTS)) if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
  return url.toString();
}

function smtp(url: string): Transporter {
  transporter ??= nodemailer.createTransport(smtpUrlWithTimeouts(url), { from: env.EMAIL_FROM });
  return transporter;
}

export async function sendMail(message: MailMessage): Promise<void> {
  if (!env.SMTP_URL) {
    log.info("mail.logged", { to: message.to, subject: message.subject, text: message.text });
    return;
  }
  try {
    await smtp(env.SMTP_URL).sendMail({ from: env.EMAIL_FROM, ...message });
  } catch (error) {
    log.error("mail.failed", { to: message.to, subject: message.subject, error: String(error) });
    throw new MailDeliveryError(error);
  }
}
