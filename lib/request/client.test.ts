import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client";
import { withPeer } from "./peer.cjs";

describe("the client address for per-client limits", () => {
  it("is the socket's peer with no proxy in front, whatever X-Forwarded-For the client sent", () => {
    for (const forged of ["203.0.113.1", "203.0.113.2", "198.51.100.7, 203.0.113.3", undefined]) {
      expect(clientAddressFrom(withPeer(forged, "192.0.2.10") ?? null, 0)).toBe("192.0.2.10");
    }
  });

  it("is the address the one trusted proxy appended, not what the client wrote before it", () => {
    // The client sent "203.0.113.9"; the proxy (192.0.2.1) appended the address it saw.
    const chain = withPeer("203.0.113.9, 198.51.100.20", "192.0.2.1") ?? null;
    expect(clientAddressFrom(chain, 1)).toBe("198.51.100.20");
    expect(clientAddressFrom(chain, 2)).toBe("203.0.113.9");
  });

  it("is the first entry when the chain is shorter than the hops configured", () => {
    expect(clientAddressFrom(withPeer(undefined, "192.0.2.1") ?? null, 2)).toBe("192.0.2.1");
  });

  it("is unknown with no header and no socket", () => {
    expect(clientAddressFrom(null, 0)).toBe("unknown");
  });
});

describe("withPeer", () => {
  it("appends the socket's address as a proxy would, joining repeated headers", () => {
    expect(withPeer(undefined, "::1")).toBe("::1");
    expect(withPeer("  ", "::1")).toBe("::1");
    expect(withPeer(["203.0.113.1", "203.0.113.2"], "::1")).toBe("203.0.113.1, 203.0.113.2, ::1");
    expect(withPeer("203.0.113.1", undefined)).toBe("203.0.113.1");
  });
});
