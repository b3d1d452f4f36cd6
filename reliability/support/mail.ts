/**
 * The browser tests' mail sink (e2e/support/mail-sink.ts) as a child process: an SMTP server
 * on 127.0.0.1 that keeps every message, and a way to read them.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import type { CapturedMail } from "../../e2e/support/mail-sink";
import { freePort } from "../../scripts/lib/free-port";
import { ROOT } from "./paths";

export interface MailSink {
  /** For the server's SMTP_URL. */
  smtpUrl: string;
  messagesTo(address: string): Promise<CapturedMail[]>;
  /** Waits (up to `timeoutMs`) for the `count`-th message to an address. */
  waitForMail(address: string, count?: number, timeoutMs?: number): Promise<CapturedMail>;
  stop(): Promise<void>;
}

const running = new Set<() => Promise<void>>();

export async function startMailSink(): Promise<MailSink> {
  const ports = { smtpPort: await freePort(), httpPort: await freePort() };
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["e2e/support/mail-sink.ts"], {
    cwd: ROOT,
    env: { ...process.env, MAIL_SINK_SMTP_PORT: String(ports.smtpPort), MAIL_SINK_HTTP_PORT: String(ports.httpPort) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));

  const api = `http://127.0.0.1:${ports.httpPort}`;
  const stop = async () => {
    running.delete(stop);
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  running.add(stop);

  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${api}/`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The mail sink did not start on ports ${ports.smtpPort}/${ports.httpPort}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const messagesTo = async (address: string) =>
    (await (await fetch(`${api}/messages?to=${encodeURIComponent(address)}`)).json()) as CapturedMail[];
  return {
    smtpUrl: `smtp://127.0.0.1:${ports.smtpPort}`,
    messagesTo,
    async waitForMail(address, count = 1, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const list = await messagesTo(address);
        if (list.length >= count) return list[count - 1]!;
        if (Date.now() > deadline) throw new Error(`No mail #${count} to ${address} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    stop,
  };
}

export async function stopAllMailSinks(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}
