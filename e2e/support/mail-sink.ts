/**
 * A local mail sink for the browser tests: an SMTP server on 127.0.0.1 that keeps every
 * message it receives, and a small HTTP API to read them.
 *   GET    /messages?to=<address>   → the messages sent to that address, oldest first
 *   DELETE /messages                → forget every message
 * Started by playwright.config.ts; stops with the test run.
 */
import http from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { MAIL_SINK } from "./ports";

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  receivedAt: string;
}

const { smtpPort, httpPort } = MAIL_SINK;
const messages: CapturedMail[] = [];

const smtp = new SMTPServer({
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const headers: Record<string, string> = {};
        for (const [key, value] of mail.headers) headers[key] = typeof value === "string" ? value : JSON.stringify(value);
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : "",
          headers,
          receivedAt: new Date().toISOString(),
        });
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});

const api = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://127.0.0.1:${httpPort}`);
  if (url.pathname === "/messages" && req.method === "DELETE") {
    messages.length = 0;
    res.writeHead(204).end();
    return;
  }
  if (url.pathname === "/messages") {
    const to = url.searchParams.get("to")?.toLowerCase();
    const list = to ? messages.filter((m) => m.to.includes(to)) : messages;
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(list));
    return;
  }
  if (url.pathname === "/") {
    res.writeHead(200, { "Content-Type": "text/plain" }).end("mail sink");
    return;
  }
  res.writeHead(404).end();
});

smtp.listen(smtpPort, "127.0.0.1", () => {
  api.listen(httpPort, "127.0.0.1", () => console.log(`mail sink: smtp ${smtpPort}, http ${httpPort}`));
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    smtp.close(() => api.close(() => process.exit(0)));
  });
}
