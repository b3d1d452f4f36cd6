import { describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { SMTP_TIMEOUTS, smtpUrlWithTimeouts } from "@/lib/mail/send";

type SmtpOptions = { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } } & Record<string, unknown>;

const transportOptions = (url: string) => (nodemailer.createTransport(url) as unknown as { options: SmtpOptions }).options;

describe("the SMTP connection", () => {
  it("gives up on an unreachable or silent mail server within seconds, not nodemailer's minutes", () => {
    const options = transportOptions(smtpUrlWithTimeouts("smtps://user:p%40ss@mail.example.com:465"));
    expect(options).toMatchObject({ host: "mail.example.com", port: 465, secure: true, auth: { user: "user", pass: "p@ss" } });
    expect(options).toMatchObject(SMTP_TIMEOUTS);
  });

  it("keeps a timeout the operator set in SMTP_URL", () => {
    const options = transportOptions(smtpUrlWithTimeouts("smtp://127.0.0.1:2525?greetingTimeout=2500"));
    expect(options.greetingTimeout).toBe(2500);
    expect(options.connectionTimeout).toBe(SMTP_TIMEOUTS.connectionTimeout);
  });
});
