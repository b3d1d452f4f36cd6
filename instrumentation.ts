/**
 * Runs once when the server starts: validates the environment (importing lib/env fails fast
 * with a message naming each bad variable) and starts the publishing scheduler.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (env.building) return;
  const { startScheduler } = await import("./lib/scheduler/start");
  startScheduler();
}
