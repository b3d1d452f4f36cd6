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

function smtp(url: string): Transporter {
  transporter ??= nodemailer.createTransport(url, { from: env.EMAIL_FROM });
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
