import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * Integration test files about SQLite's own machinery, which a PostgreSQL run leaves out:
 * query plans (EXPLAIN QUERY PLAN), foreign-key indexes read from sqlite_master, the SQLite
 * backup API, migrating a SQLite file in use and the WAL checkpoint at shutdown.
 * lib/backup/postgres.int.test.ts and scripts/lib/migrate-postgres.int.test.ts cover PostgreSQL's.
 */
const SQLITE_ONLY = [
  "test/public-query-plans.int.test.ts",
  "lib/comments/posting-plans.int.test.ts",
  "test/foreign-key-indexes.int.test.ts",
  "lib/backup/sqlite.int.test.ts",
  "scripts/lib/migrate.int.test.ts",
  "lib/shutdown.int.test.ts",
];
// Read here, where Vitest decides which files run; test/global-setup.ts starts the database.
const postgresRun = process.env.TEST_DATABASE === "postgresql";

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests run plain Node.
      "server-only": path.join(root, "test/server-only-stub.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".next/**", ...(postgresRun ? SQLITE_ONLY : [])],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/database-per-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The tests that touch stored images again, with uploads on a local S3-protocol server.
        extends: true,
        test: {
          name: "integration-s3",
          environment: "node",
          include: ["lib/media/**/*.int.test.ts"],
          // It starts an S3 server of its own.
          exclude: ["node_modules/**", ".next/**", "lib/media/s3-storage.int.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/database-per-file.ts", "test/media-on-s3.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
