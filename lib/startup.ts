/**
 * The environment, checked before the server serves anything. Next.js reports an error thrown
 * from instrumentation's register() and keeps serving, every page a 500; a server with a bad
 * environment must not start: this says which variables are wrong, and exits.
 */
import type { Env } from "@/lib/env";
import { log } from "@/lib/log";

export async function loadEnvOrExit(): Promise<{ env: Env }> {
  try {
    return await import("@/lib/env");
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "EnvError") throw error;
    log.error("startup.invalid-environment", { problems: (error as Error & { problems: string[] }).problems });
    console.error(`Masthead cannot start. ${error.message}`);
    process.exit(1);
  }
}
