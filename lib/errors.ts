/** Typed application errors, mapped once per transport (pages, actions, route handlers). */

export const APP_ERROR_CODES = [
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "INVALID_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "UNAVAILABLE",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The HTTP status a route handler answers for each code. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** What a caller who may not act is told, whatever they sent (see lib/action.ts). */
export const SIGN_IN_FIRST_MESSAGE = "Please sign in first.";
export const NOT_ALLOWED_MESSAGE = "You are not allowed to do that.";

/** What a reader is told when the database stayed locked past its busy timeout. */
export const DATABASE_BUSY_MESSAGE =
  "The site is too busy to save this right now. Nothing was changed; please try again in a few seconds.";

/** PostgreSQL's codes for a lock not granted in time, and a server shutting down, starting or full. */
const POSTGRES_UNAVAILABLE = new Set(["55P03", "57P01", "57P02", "57P03", "53300"]);
/**
 * Prisma's: server unreachable, timed out, closed the connection; no pooled connection in time; a
 * transaction that could not start, or ran out of time, in the time allowed (P2028: rolled back,
 * so nothing of it was stored).
 */
const PRISMA_UNAVAILABLE = new Set(["P1008", "P1001", "P1002", "P1017", "P2024", "P2028"]);
/** The pg driver adapter's kinds for a server it cannot reach or that went away. */
const DRIVER_UNAVAILABLE = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** node-postgres's own messages for the same (it throws plain errors for these). */
const DRIVER_UNAVAILABLE_MESSAGE = /database is locked|timeout exceeded when trying to connect|Connection terminated/;

/**
 * True when the database could not take the work for a while, and the same request may succeed
 * in a few seconds: SQLite stayed locked by another writer past its busy timeout (SQLITE_BUSY,
 * which Prisma reports as P1008), or PostgreSQL kept a lock past its lock timeout, or could not
 * be reached, was restarting or had no connection free (lib/db-adapter.ts and
 * lib/db-adapter-postgres.ts set both timeouts). Walks the cause chain, where Prisma keeps the
 * driver's error.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, originalCode, message, cause, meta, kind } = current as Record<string, unknown>;
    if (typeof code === "string" && (PRISMA_UNAVAILABLE.has(code) || POSTGRES_UNAVAILABLE.has(code) || code.startsWith("SQLITE_BUSY") || code.startsWith("08"))) return true;
    if (typeof originalCode === "string" && (originalCode.startsWith("SQLITE_BUSY") || POSTGRES_UNAVAILABLE.has(originalCode))) return true;
    if (typeof kind === "string" && DRIVER_UNAVAILABLE.has(kind)) return true;
    if (typeof message === "string" && DRIVER_UNAVAILABLE_MESSAGE.test(message)) return true;
    const driverError = meta && typeof meta === "object" ? (meta as Record<string, unknown>).driverAdapterError : undefined;
    current = cause ?? driverError;
  }
  return false;
}
