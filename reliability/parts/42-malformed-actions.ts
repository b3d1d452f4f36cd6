/**
 * Part: malformed server-action requests. What a browser never sends — a body the action decoder
 * cannot read, an action id the build never had, a streamed body without a length, a post from
 * another site — is answered with a 4xx before Next.js reads it (proxy.ts,
 * lib/request/malformed-post.ts), and the server logs no error for any of it.
 */
import { listServerActions } from "../support/app-map";
import { freshDatabase } from "../support/database";
import { jsonLines, startServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

interface Attempt {
  label: string;
  expected: number;
  send: (base: string, actionId: string) => Promise<Response>;
}

const BOUNDARY = "----reliability";
const textPost = (base: string, headers: Record<string, string>, body: BodyInit, extra: RequestInit = {}) =>
  fetch(`${base}/signin`, { method: "POST", redirect: "manual", headers: { Origin: base, ...headers }, body, ...extra });

const ATTEMPTS: Attempt[] = [
  { label: "invalid JSON", expected: 400, send: (b, id) => textPost(b, { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" }, "{not json") },
  { label: "an object instead of the arguments", expected: 400, send: (b, id) => textPost(b, { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" }, '{"email":"a@b.example"}') },
  { label: "a multipart body without its boundary", expected: 400, send: (b, id) => textPost(b, { "Next-Action": id, "Content-Type": "multipart/form-data" }, "email=a@b.example") },
  { label: "a multipart body that does not parse", expected: 400, send: (b) => textPost(b, { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` }, "garbage") },
  {
    label: "a no-JavaScript form naming an action the build does not have",
    expected: 404,
    send: (b) => {
      const form = new FormData();
      form.append("$ACTION_ID_0123456789abcdef0123456789abcdef01234567", "");
      form.append("email", "a@b.example");
      return fetch(`${b}/signin`, { method: "POST", redirect: "manual", headers: { Origin: b }, body: form });
    },
  },
  { label: "an unknown Next-Action id", expected: 404, send: (b) => textPost(b, { "Next-Action": "0123456789abcdef", "Content-Type": "text/plain" }, "[]") },
  {
    label: "a chunked body over the size limit",
    expected: 413,
    send: (b, id) => {
      const chunk = new Uint8Array(1024 * 1024);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ >= 12) controller.close();
          else controller.enqueue(chunk);
        },
      });
      return textPost(b, { "Next-Action": id, "Content-Type": "text/plain" }, stream, { duplex: "half" } as RequestInit);
    },
  },
  { label: "a foreign Origin", expected: 403, send: (b, id) => fetch(`${b}/signin`, { method: "POST", redirect: "manual", headers: { Origin: "https://evil.example", "Next-Action": id, "Content-Type": "text/plain" }, body: "[]" }) },
];

export default {
  name: "Malformed action requests",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const server = await startServer({ database: freshDatabase("malformed-actions", "demo"), distDir: ctx.distDir });
    try {
      const signIn = listServerActions(ctx.distDir).find((a) => a.name === "requestSignInLinkAction");
      if (!signIn) throw new Error("requestSignInLinkAction is not in the build");
      const before = server.logs().length;
      const answers: string[] = [];
      for (const attempt of ATTEMPTS) {
        const response = await attempt.send(server.url, signIn.id).catch((error: unknown) => error as Error);
        const status = response instanceof Response ? response.status : `error ${response.message}`;
        if (response instanceof Response) await response.arrayBuffer().catch(() => undefined);
        answers.push(`${attempt.label}: ${status}`);
        if (status === attempt.expected) report.held.push(`${attempt.label}: ${status}`);
        else report.failed.push(`${attempt.label}: ${status} (expected ${attempt.expected})`);
      }
      report.tried.push(`sent ${ATTEMPTS.length} malformed server-action requests to /signin (${ATTEMPTS.map((a) => a.label).join("; ")})`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const lines = server.logs().slice(before);
      const errors = [...jsonLines(lines).filter((l) => l.level === "error").map((l) => String(l.event)), ...lines.filter((l) => /^\s*⨯|^Error:/.test(l))];
      if (errors.length === 0) report.held.push(`nothing was logged as an error (${lines.length} log lines while they were answered)`);
      else report.failed.push(`${errors.length} error lines logged: ${errors.slice(0, 4).join(" | ")}`);
      const health = await fetch(`${server.url}/api/health`);
      if (health.status === 200) report.held.push("the server answers as before");
      else report.failed.push(`health after the malformed requests: ${health.status}`);
    } finally {
      await server.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
