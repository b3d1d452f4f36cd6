import net from "node:net";
import { describe, expect, it } from "vitest";
import { freePort, freePortSync } from "./free-port";

function listenOn(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

describe("free ports", () => {
  it.each([
    ["freePort", freePort],
    ["freePortSync", async () => freePortSync()],
  ])("%s hands out a port a server can listen on, and another once that one is taken", async (_, next) => {
    const first = await listenOn(await next());
    try {
      const taken = (first.address() as net.AddressInfo).port;
      const port = await next();
      expect(port).not.toBe(taken);
      (await listenOn(port)).close();
    } finally {
      first.close();
    }
  });
});
