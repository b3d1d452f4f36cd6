/** The contract between `cluster/run.ts` and each check in `cluster/checks/`. */
import type { PartReport } from "../reliability/types";
import type { PostgresServer } from "../scripts/lib/postgres-server";
import type { AppHost, EdgeHost } from "./hosts";
import type { Newsroom } from "./newsroom";

export type { PartReport } from "../reliability/types";

export interface ClusterContext {
  /** The database on the database host, as the app servers reach it. */
  databaseUrl: string;
  database: PostgresServer;
  /** App hosts A and B. */
  apps: readonly [AppHost, AppHost];
  edge: EdgeHost;
  newsroom: Newsroom;
  /** Public pages of the seeded site, for reader load. */
  readerPaths: string[];
  /** A story scheduled through A for the next whole minute when the drill began. */
  scheduled: { id: string; slug: string; at: Date };
  log(line: string): void;
}

export interface ClusterCheck {
  name: string;
  run(ctx: ClusterContext): Promise<PartReport>;
}

export const emptyReport = (): PartReport => ({ tried: [], held: [], failed: [] });

/** GET with no redirects followed and a bounded wait; the status and body. */
export async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url, { redirect: "manual", headers, signal: AbortSignal.timeout(30_000) });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
