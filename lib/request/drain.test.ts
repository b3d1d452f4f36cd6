/**
 * lib/request/drain.cjs on a real HTTP server and a keep-alive client: once the server is
 * closing, its connections end with the responses in flight instead of serving the next request.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { closeKeepAliveWhenDraining } from "./drain.cjs";

closeKeepAliveWhenDraining();

interface Held {
  response: http.ServerResponse;
}

/** A server whose responses wait until the test ends them; `headersFirst` sends the headers at once. */
async function holdingServer(headersFirst: boolean) {
  const held: Held[] = [];
  const arrived: Array<() => void> = [];
  const server = http.createServer((_request, response) => {
    if (headersFirst) response.writeHead(200, { "content-type": "text/plain" }).write("partial ");
    held.push({ response });
    arrived.shift()?.();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const nextRequest = () => new Promise<void>((resolve) => arrived.push(resolve));
  return { server, held, nextRequest, port: (server.address() as AddressInfo).port };
}

function get(port: number, agent: http.Agent) {
  return new Promise<{ connection: string | undefined; body: string; socketClosed: Promise<void> }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, agent }, (response) => {
        const socketClosed = new Promise<void>((r) => response.socket.once("close", () => r()));
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ connection: response.headers.connection, body, socketClosed }));
      })
      .on("error", reject);
  });
}

const agents: http.Agent[] = [];
afterEach(() => agents.splice(0).forEach((a) => a.destroy()));
const keepAliveAgent = () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(agent);
  return agent;
};
const closed = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe("closeKeepAliveWhenDraining", () => {
  it("keeps connections alive while the server is open", async () => {
    const { server, held, nextRequest, port } = await holdingServer(false);
    const agent = keepAliveAgent();
    const reply = get(port, agent);
    await nextRequest();
    held[0]!.response.end("done");
    expect((await reply).connection).toBe("keep-alive");
    agent.destroy();
    await closed(server);
  });

  it("answers a request in flight when the server closes with Connection: close, and the close completes", async () => {
    const { server, held, nextRequest, port } = await holdingServer(false);
    const reply = get(port, keepAliveAgent());
    await nextRequest();
    const done = closed(server);
    held[0]!.response.end("done");
    const answer = await reply;
    expect(answer).toMatchObject({ connection: "close", body: "done" });
    await answer.socketClosed;
    await done;
  });

  it("closes a connection whose response had already said keep-alive once that response is complete", async () => {
    const { server, held, nextRequest, port } = await holdingServer(true);
    const reply = get(port, keepAliveAgent());
    await nextRequest();
    const done = closed(server);
    held[0]!.response.end("done");
    const answer = await reply;
    expect(answer).toMatchObject({ connection: "keep-alive", body: "partial done" });
    await answer.socketClosed;
    await done;
  });
});
