/**
 * The admin page's two steps: a dry run keeps the uploaded export on the server under a random
 * token, and the import that follows reads it back (a browser cannot send a chosen file twice).
 * Staged exports live in the system's temporary folder and are removed when imported, or after
 * a day.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { SourceSystem } from "@/lib/import/model";
import { STAGED_TOKEN_PATTERN } from "@/lib/import/schemas";

export interface StagedExport {
  system: SourceSystem;
  media: string;
  file: { name: string; text: string };
  redirects: { name: string; text: string } | null;
}

const KEEP_MS = 24 * 60 * 60 * 1000;

const folder = () => path.join(os.tmpdir(), "masthead-import");

function fileOf(token: string): string {
  if (!STAGED_TOKEN_PATTERN.test(token)) throw new AppError("INVALID_INPUT", "Run the dry run again: the export it checked is gone.");
  return path.join(folder(), `${token}.json`);
}

async function pruneOld(): Promise<void> {
  const names = await fs.readdir(folder()).catch(() => [] as string[]);
  const now = Date.now();
  await Promise.all(
    names.map(async (name) => {
      const stat = await fs.stat(path.join(folder(), name)).catch(() => null);
      if (stat && now - stat.mtimeMs > KEEP_MS) await fs.rm(path.join(folder(), name), { force: true });
    }),
  );
}

export async function stageExport(staged: StagedExport): Promise<string> {
  await fs.mkdir(folder(), { recursive: true, mode: 0o700 });
  await pruneOld();
  const token = randomBytes(16).toString("hex");
  await fs.writeFile(fileOf(token), JSON.stringify(staged), { mode: 0o600, flag: "wx" });
  return token;
}

export async function readStagedExport(token: string): Promise<StagedExport> {
  const text = await fs.readFile(fileOf(token), "utf8").catch(() => null);
  if (text === null) throw new AppError("INVALID_INPUT", "Run the dry run again: the export it checked is gone.");
  return JSON.parse(text) as StagedExport;
}

export async function discardStagedExport(token: string): Promise<void> {
  await fs.rm(fileOf(token), { force: true });
}
