/**
 * Intentionally empty. Turbopack looks for an instrumentation hook up to the workspace root
 * (where the lockfile is), so without one of its own this app would be built with the
 * repository's instrumentation.ts.
 */
export function register(): void {}
