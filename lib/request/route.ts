/**
 * The wrapper every dynamic route handler that touches the database goes through: its work runs
 * under the request's id (lib/request/context.ts), and a database that stays locked past the
 * busy timeout answers 503 with Retry-After instead of a 500.
 */
import { DATABASE_BUSY_MESSAGE, HTTP_STATUS, isDatabaseBusy } from "@/lib/errors";
import { log } from "@/lib/log";
import { runWithRequestId } from "@/lib/request/context";
import { requestIdFrom } from "@/lib/request/request-id";

/** Seconds a client is asked to wait before trying again when the database is busy. */
export const BUSY_RETRY_AFTER_S = 5;

export function databaseBusyResponse(): Response {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Busy: please try again</title></head><body><h1>Please try again in a few seconds</h1><p>${DATABASE_BUSY_MESSAGE}</p></body></html>`;
  return new Response(body, {
    status: HTTP_STATUS.UNAVAILABLE,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(BUSY_RETRY_AFTER_S), "Cache-Control": "no-store" },
  });
}

export function routeHandler<R extends Request, A extends unknown[]>(handler: (request: R, ...rest: A) => Promise<Response>) {
  return (request: R, ...rest: A): Promise<Response> =>
    runWithRequestId(requestIdFrom(request.headers), async () => {
      try {
        return await handler(request, ...rest);
      } catch (error) {
        if (!isDatabaseBusy(error)) throw error;
        log.warn("route.database-busy", { path: new URL(request.url).pathname, error: String(error) });
        return databaseBusyResponse();
      }
    });
}
