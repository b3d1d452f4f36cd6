import { randomUUID } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { E2E_EDGE_APP_PORT, E2E_EDGE_PORT, E2E_IMPORT_GHOST_PORT, E2E_IMPORT_PORT, E2E_PORT as port, MAIL_SINK } from "./e2e/support/ports";

// Names this run's seeded newsroom, which the server behind the edge copies (scripts/e2e-edge-server.sh).
const run = (process.env.E2E_RUN ??= randomUUID());

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: ["import/**", "edge/**"], use: chromium },
    // A newsroom moved in from WordPress, and one from Ghost (scripts/e2e-import-server.sh): each its
    // own server and database, and its own output folder for its signed-in states.
    { name: "import", testMatch: "import/wordpress-*.spec.ts", use: { ...chromium, baseURL: `http://127.0.0.1:${E2E_IMPORT_PORT}` } },
    {
      name: "import-ghost",
      testMatch: "import/ghost-*.spec.ts",
      outputDir: "test-results/import-ghost",
      use: { ...chromium, baseURL: `http://127.0.0.1:${E2E_IMPORT_GHOST_PORT}` },
    },
    // Readers through a real Varnish with the shipped VCL (scripts/e2e-edge-server.sh): a newsroom of
    // its own behind it. Its own output folder, so its signed-in states never replace the others'.
    // One test at a time: they share one edge, and a test watching a copy stay cached must not run
    // beside one whose change purges it.
    {
      name: "edge",
      testMatch: "edge/**/*.spec.ts",
      workers: 1,
      outputDir: "test-results/edge",
      use: { ...chromium, baseURL: `http://127.0.0.1:${E2E_EDGE_PORT}` },
    },
  ],
  webServer: [
    {
      command: "npx tsx e2e/support/mail-sink.ts",
      env: { MAIL_SINK_SMTP_PORT: String(MAIL_SINK.smtpPort), MAIL_SINK_HTTP_PORT: String(MAIL_SINK.httpPort) },
      url: `http://127.0.0.1:${MAIL_SINK.httpPort}/`,
      timeout: 30_000,
      reuseExistingServer: false,
    },
    {
      command: "bash scripts/e2e-server.sh",
      env: { E2E_PORT: String(port), E2E_RUN: run, MAIL_SINK_SMTP_PORT: String(MAIL_SINK.smtpPort) },
      url: `http://127.0.0.1:${port}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    ...([
      ["wordpress", E2E_IMPORT_PORT],
      ["ghost", E2E_IMPORT_GHOST_PORT],
    ] as const).map(([system, importPort]) => ({
      command: "bash scripts/e2e-import-server.sh",
      env: { E2E_IMPORT_SYSTEM: system, E2E_IMPORT_PORT: String(importPort), MAIL_SINK_SMTP_PORT: String(MAIL_SINK.smtpPort) },
      url: `http://127.0.0.1:${importPort}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
    })),
    {
      command: "bash scripts/e2e-edge-server.sh",
      env: {
        E2E_PORT: String(port),
        E2E_RUN: run,
        E2E_EDGE_PORT: String(E2E_EDGE_PORT),
        E2E_EDGE_APP_PORT: String(E2E_EDGE_APP_PORT),
        MAIL_SINK_SMTP_PORT: String(MAIL_SINK.smtpPort),
      },
      // Through the edge: answered once both Varnish and the server behind it are up. It waits for
      // the newsroom the first server seeds, so it is given longer.
      url: `http://127.0.0.1:${E2E_EDGE_PORT}/`,
      timeout: 420_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
