/**
 * Completes X-Forwarded-For with the socket's address before Next.js sees a request, as a proxy
 * appends the address it saw. Next.js writes the socket's address into the header only when the
 * header is missing, so a client that sends one would otherwise choose its own address for the
 * per-client limits (lib/request/client.ts picks the client out of the completed chain).
 *
 * CommonJS so that scripts/start.sh can install it (scripts/preload-server.cjs, `node --require`)
 * before the server listens; instrumentation.ts installs it too, for a server started another
 * way (installing twice is a no-op).
 */
"use strict";
const http = require("node:http");

/** The header a request arrived with, with the peer's address appended. */
function withPeer(forwardedFor, peer) {
  const sent = (Array.isArray(forwardedFor) ? forwardedFor.join(", ") : (forwardedFor ?? "")).trim();
  if (!peer) return sent || undefined;
  return sent ? `${sent}, ${peer}` : peer;
}

const installed = Symbol.for("masthead.peer-address");

function appendPeerToForwardedFor() {
  const proto = http.Server.prototype;
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (event, ...args) {
    if (event === "request") {
      const request = args[0];
      const completed = withPeer(request.headers["x-forwarded-for"], request.socket && request.socket.remoteAddress);
      if (completed) request.headers["x-forwarded-for"] = completed;
    }
    return emit.call(this, event, ...args);
  };
}

module.exports = { withPeer, appendPeerToForwardedFor };
