/**
 * The request a piece of work belongs to, for the logs. The proxy gives every request an
 * `x-request-id` header (lib/request/request-id.ts); where a request enters our code (a server
 * action, a route handler, next-auth's callbacks inside its route handler) we run the rest of
 * the work inside that id, so every log line written on its behalf carries it. Pages never read
 * it: reading request headers while a public page renders would make a cached page dynamic.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` as part of the request `requestId`. */
export function runWithRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The id of the request being served, when the current work belongs to one. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
