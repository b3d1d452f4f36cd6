/**
 * Intentionally empty. Without a hook of its own, Turbopack builds this app with the
 * repository's instrumentation.ts (it looks for one up to the workspace root, where the lockfile is).
 */
export function register(): void {}
