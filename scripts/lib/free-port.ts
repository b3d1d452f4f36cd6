/**
 * Ports for the servers the tests, the Lighthouse budget and the reliability suite start: the
 * kernel hands out one nobody is using, so a port taken by something else on the machine never
 * fails a run.
 */
import { execFileSync } from "node:child_process";
import net from "node:net";

/** Asks the kernel for a free port on 127.0.0.1 and releases it for the caller to bind. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No port was assigned."))));
    });
  });
}

const PRINT_FREE_PORT = `const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})`;

/** The same, for configuration that is read synchronously (playwright.config.ts). */
export function freePortSync(): number {
  const port = Number(execFileSync(process.execPath, ["-e", PRINT_FREE_PORT], { encoding: "utf8" }));
  if (!Number.isInteger(port) || port <= 0) throw new Error("No port was assigned.");
  return port;
}

/** Resolves once something accepts connections on host:port; rejects after `timeoutMs`, or when `stillRunning` says the server died. */
export async function waitForPort(
  host: string,
  port: number,
  { timeoutMs = 30_000, stillRunning = () => true }: { timeoutMs?: number; stillRunning?: () => boolean } = {},
): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (!stillRunning()) throw new Error(`The server meant for ${host}:${port} exited before it listened`);
    if (Date.now() > giveUpAt) throw new Error(`Nothing listened on ${host}:${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
