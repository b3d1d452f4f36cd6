/**
 * A server that is closing lets go of its keep-alive connections. Node.js's `server.close()`
 * stops accepting connections and closes the idle ones, but a connection that is busy when it is
 * called stays open after its response and serves the next request on it: behind a proxy that
 * keeps a pool of connections under steady load (nginx, Varnish), some connection is always busy,
 * so the drain never ends and the shutdown deadline (lib/shutdown.ts) cuts responses in half.
 * Once `close()` has been called, every response that has not sent its headers says
 * `Connection: close`, and a connection whose response had already said keep-alive is closed as
 * soon as that response is done; the proxy then opens its next connection to another server.
 *
 * CommonJS so that scripts/start.sh can install it before the server listens (scripts/preload-server.cjs,
 * `node --require`); instrumentation.ts installs it too (installing twice is a no-op).
 */
"use strict";
const http = require("node:http");

const installed = Symbol.for("masthead.drain");
const draining = Symbol("masthead.draining");
const inFlight = Symbol("masthead.in-flight");

/** Ends the connection with this response: announced when the headers are still to be sent. */
function lastOnItsConnection(server, response) {
  if (!response.headersSent) response.shouldKeepAlive = false;
  else response.once("finish", () => setImmediate(() => server.closeIdleConnections()));
}

function track(server, response) {
  if (server[draining]) return lastOnItsConnection(server, response);
  const responses = (server[inFlight] ??= new Set());
  responses.add(response);
  response.once("close", () => responses.delete(response));
}

function closeKeepAliveWhenDraining() {
  const proto = http.Server.prototype;
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit;
  proto.emit = function (event, ...args) {
    if (event === "request") track(this, args[1]);
    return emit.call(this, event, ...args);
  };
  const close = proto.close;
  proto.close = function (...args) {
    if (!this[draining]) {
      this[draining] = true;
      for (const response of this[inFlight] ?? []) lastOnItsConnection(this, response);
    }
    return close.apply(this, args);
  };
}

module.exports = { closeKeepAliveWhenDraining };
