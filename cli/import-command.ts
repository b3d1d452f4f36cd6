/**
 * `npx masthead import wordpress|ghost <export> [--media <folder-or-url>] [--redirects <file>]
 * [--dry-run] [--json]`: the command-line face of lib/import/run.ts.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { progressBar } from "./progress";

export const IMPORT_HELP = `  import wordpress <export.xml> [options]
                                    move a WordPress site in (WXR 1.1/1.2 export)
  import ghost <export.json> [options]
                                    move a Ghost site in (its JSON content export)
    --media <folder-or-url>         the old site's images: a copy of wp-content/uploads or
                                    content/images, or the URL they are served under
    --redirects <file>              Ghost's redirects.yaml (default: redirects.yaml beside the export)
    --dry-run                       show what would be created, updated and skipped; write nothing
    --json                          print the report as JSON`;

export class ImportUsageError extends Error {}

interface ImportArgs {
  system: "wordpress" | "ghost";
  file: string;
  media: string | null;
  redirects: string | null;
  dryRun: boolean;
  json: boolean;
}

export function parseImportArgs(args: readonly string[]): ImportArgs {
  const [system, ...rest] = args;
  if (system !== "wordpress" && system !== "ghost") throw new ImportUsageError(`import needs a source: "import wordpress <export.xml>" or "import ghost <export.json>".`);
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--dry-run" || arg === "--json") options[arg] = true;
    else if (arg === "--media" || arg === "--redirects") {
      const value = rest[++i];
      if (!value || value.startsWith("--")) throw new ImportUsageError(`${arg} needs a value.`);
      options[arg] = value;
    } else if (arg.startsWith("--")) throw new ImportUsageError(`Unknown option ${arg} for import.`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new ImportUsageError(`import ${system} needs exactly one export file.`);
  if (system === "wordpress" && options["--redirects"]) throw new ImportUsageError("--redirects is for Ghost imports; WordPress keeps its old slugs in the export.");
  return {
    system,
    file: positional[0]!,
    media: typeof options["--media"] === "string" ? options["--media"] : null,
    redirects: typeof options["--redirects"] === "string" ? options["--redirects"] : null,
    dryRun: options["--dry-run"] === true,
    json: options["--json"] === true,
  };
}

export async function runImportCommand(args: readonly string[]): Promise<number> {
  const parsed = parseImportArgs(args);
  const { readExportFile, runImport } = await import("@/lib/import/run");
  const { mediaSourceFrom } = await import("@/lib/import/media-source");
  const { formatReport } = await import("@/lib/import/report");
  const file = await readExportFile(parsed.file);
  let redirects: { name: string; text: string } | null = null;
  if (parsed.system === "ghost") {
    const beside = path.join(path.dirname(parsed.file), "redirects.yaml");
    const chosen = parsed.redirects ?? ((await fs.stat(beside).catch(() => null))?.isFile() ? beside : null);
    if (chosen) redirects = await readExportFile(chosen);
  }
  const bar = parsed.json ? progressBar({ isTTY: false } as NodeJS.WriteStream) : progressBar();
  try {
    const report = await runImport({
      system: parsed.system,
      file,
      redirects,
      media: parsed.media ? mediaSourceFrom(parsed.media) : null,
      dryRun: parsed.dryRun,
      actorId: null,
      parallel: true,
      onProgress: bar.update,
    });
    bar.end();
    console.log(parsed.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  } finally {
    bar.end();
  }
}
