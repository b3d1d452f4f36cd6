/**
 * Runs once when the server starts: completes X-Forwarded-For with each request's socket address
 * (lib/request/peer.cjs) and lets keep-alive connections go when the server closes
 * (lib/request/drain.cjs; scripts/start.sh installs both earlier still), validates the environment
 * (importing lib/env fails fast with a message naming each bad variable), starts the publishing
 * scheduler and, with an edge in front (EDGE_PURGE_URLS), the edge purger, and installs the
 * clean-shutdown handlers (lib/shutdown.ts).
 */
export async function register() {
  // process.env: NEXT_RUNTIME is Next.js's own, and lib/env.ts may be imported only in the Node.js runtime it names.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { appendPeerToForwardedFor } = await import("./lib/request/peer.cjs");
  appendPeerToForwardedFor();
  const { closeKeepAliveWhenDraining } = await import("./lib/request/drain.cjs");
  closeKeepAliveWhenDraining();
  const { loadEnvOrExit } = await import("./lib/startup");
  const { env } = await loadEnvOrExit();
  if (env.building) return;
  const { startScheduler } = await import("./lib/scheduler/start");
  const { startEdgePurger } = await import("./lib/edge/purger");
  const { installShutdownHandlers } = await import("./lib/shutdown");
  startScheduler();
  startEdgePurger();
  installShutdownHandlers();
}

interface FailedRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * A render, route handler or action that threw: one JSON log line under the request's id (Next.js
 * would print a bare stack). Reading the id here costs nothing: this runs after the response.
 */
export async function onRequestError(error: unknown, request: FailedRequest, context: { routePath: string; routeType: string }) {
  const [{ log }, { runWithRequestId }, { requestIdFrom }, { isDatabaseBusy }] = await Promise.all([
    import("./lib/log"),
    import("./lib/request/context"),
    import("./lib/request/request-id"),
    import("./lib/errors"),
  ]);
  const header = request.headers["x-request-id"];
  const requestId = requestIdFrom({ get: () => (Array.isArray(header) ? header[0] : header) ?? null });
  runWithRequestId(requestId, () =>
    log.error("request.failed", {
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      databaseBusy: isDatabaseBusy(error),
      error: String(error),
      digest: error instanceof Error && "digest" in error ? String(error.digest) : undefined,
    }),
  );
}
