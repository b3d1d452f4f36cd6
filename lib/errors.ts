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

/**
 * True when the database stayed locked by another writer for longer than its busy timeout
 * (lib/db-adapter.ts): SQLite's SQLITE_BUSY, which Prisma reports as P1008. Walks the cause
 * chain, where Prisma keeps the driver's error.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const { code, originalCode, message, cause, meta } = current as Record<string, unknown>;
    if (code === "P1008") return true;
    if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
    if (typeof originalCode === "string" && originalCode.startsWith("SQLITE_BUSY")) return true;
    if (typeof message === "string" && message.includes("database is locked")) return true;
    const driverError = meta && typeof meta === "object" ? (meta as Record<string, unknown>).driverAdapterError : undefined;
    current = cause ?? driverError;
  }
  return false;
}
