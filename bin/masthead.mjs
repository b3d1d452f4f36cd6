#!/usr/bin/env node
// `npx masthead …`: the operator's command line. Runs cli/main.ts with the project's TypeScript
// loader, from the project's folder so relative paths in DATABASE_URL and UPLOADS_DIR mean what
// they mean to the server.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", path.join(root, "cli/main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", cwd: root },
);
process.exit(result.status ?? 1);
