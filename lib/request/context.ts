/**
 * The request a piece of work belongs to, for the logs. The proxy gives every request an
 * `x-request-id` header; where a request enters our code (a server action, a route handler,
 * next-auth's callbacks inside its route handler) we run the rest of the work inside that id, so
 * every log line written on its behalf carries it. Pages never read it: reading request headers
 * while a public page renders would make a cached page dynamic.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** The proxy's rule: a safe token of at most 64 characters is kept, anything else replaced. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const storage = new AsyncLocalStorage<{ requestId: string }>();

/** The id from a request's headers when it is safe to log, else a fresh one. */
export function requestIdFrom(headers: Pick<Headers, "get">): string {
  const incoming = headers.get(REQUEST_ID_HEADER)?.trim() ?? "";
  return SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Runs `work` as part of the request `requestId`. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request being served, when the current work belongs to one. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
