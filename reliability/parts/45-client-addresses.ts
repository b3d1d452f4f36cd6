/**
 * Part: whose address the per-client limits count. With TRUST_PROXY=0 (no proxy in front) the
 * client is the socket's peer, so a client that rotates X-Forwarded-For does not start afresh;
 * with TRUST_PROXY=1 the client is the entry the one proxy in front appended (the right-most
 * one the request arrived with), whatever the client wrote to its left.
 */
import { freshDatabase } from "../support/database";
import { loadForm, submitForm } from "../support/ops-forms";
import { startServer, type RunningServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

/** lib/auth/mutations.ts SIGN_IN_RULES_PER_CLIENT: 10 requests a client in 10 minutes. */
const PER_CLIENT = 10;
const REFUSED = /too many sign-in requests from your connection/i;

/** Asks for a sign-in link for a new address each time, with the X-Forwarded-For given. */
async function askForLinks(server: RunningServer, forwardedFor: (n: number) => string, count: number, label: string) {
  const form = await loadForm(server.url, "/signin", { containing: "email" });
  const outcomes: ("sent" | "refused" | string)[] = [];
  for (let n = 0; n < count; n++) {
    const answer = await submitForm(server.url, form, [["email", `${label}-${n}-${Date.now()}@reliability.example`]], { clientAddress: forwardedFor(n) });
    // A sent link answers with the redirect to "Check your email"; a refusal with the form and its message.
    const text = answer.message?.text ?? `status ${answer.status}, no message`;
    outcomes.push(answer.status === 303 ? "sent" : REFUSED.test(text) ? "refused" : text);
  }
  return outcomes;
}

const summary = (outcomes: string[]) => `${outcomes.filter((o) => o === "sent").length} sent, ${outcomes.filter((o) => o === "refused").length} refused`;

export default {
  name: "Client addresses",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };

    const direct = await startServer({ database: freshDatabase("client-direct", "demo"), distDir: ctx.distDir, env: { TRUST_PROXY: "0" } });
    try {
      const outcomes = await askForLinks(direct, (n) => `203.0.113.${n + 1}`, PER_CLIENT + 1, "direct");
      report.tried.push(`TRUST_PROXY=0: ${PER_CLIENT + 1} sign-in requests from one socket, each with a different X-Forwarded-For`);
      const expected = [...Array(PER_CLIENT).fill("sent"), "refused"];
      if (JSON.stringify(outcomes) === JSON.stringify(expected)) report.held.push(`the rotated header did not reset the per-client limit: ${summary(outcomes)}, the ${PER_CLIENT + 1}th refused`);
      else report.failed.push(`TRUST_PROXY=0, rotated X-Forwarded-For: ${outcomes.join(", ")} (expected ${PER_CLIENT} sent, then refused)`);
    } finally {
      await direct.stop();
    }

    const proxied = await startServer({ database: freshDatabase("client-proxied", "demo"), distDir: ctx.distDir, env: { TRUST_PROXY: "1" } });
    try {
      // The test plays the proxy: it appends the client's address (198.51.100.1) to whatever the client sent.
      const forged = await askForLinks(proxied, (n) => `203.0.113.${n + 1}, 198.51.100.1`, PER_CLIENT + 1, "proxied");
      const other = await askForLinks(proxied, () => "203.0.113.1, 198.51.100.2", 1, "proxied-other");
      report.tried.push(`TRUST_PROXY=1: ${PER_CLIENT + 1} sign-in requests from one client behind the proxy, each with a different entry the client wrote, then one from another client`);
      const expected = [...Array(PER_CLIENT).fill("sent"), "refused"];
      if (JSON.stringify(forged) === JSON.stringify(expected) && other[0] === "sent") {
        report.held.push(`the entry the proxy appended is the client: ${summary(forged)} for one client whatever it wrote, the other client's request sent`);
      } else {
        report.failed.push(`TRUST_PROXY=1: one client ${forged.join(", ")}; another client ${other.join(", ")} (expected ${PER_CLIENT} sent then refused; then sent)`);
      }
    } finally {
      await proxied.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
