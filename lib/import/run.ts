/**
 * One import run, start to end: read the export → plan against the database → store the new
 * images → convert the bodies → write everything in one transaction → expire the page cache.
 * A dry run stops after checking the images are there, and writes nothing. Any error leaves the
 * database as it was and removes the image files this run stored.
 */
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { invalidatePublicSite } from "@/lib/cache/invalidate";
import { discardImageFiles, storeImageFile, type StoredImageFile } from "@/lib/media/mutations";
import { conversionContext, type ConvertedBody } from "@/lib/import/convert";
import { conversionThreads, convertInParallel } from "@/lib/import/convert-parallel";
import { mapGhost } from "@/lib/import/ghost/map-ghost";
import { parseGhostExport } from "@/lib/import/ghost/parse-ghost";
import { parseGhostRedirects } from "@/lib/import/ghost/redirects";
import type { MediaSource } from "@/lib/import/media-source";
import type { SourceSite, SourceSystem } from "@/lib/import/model";
import { applyImportPlan } from "@/lib/import/mutations";
import { planImport, type ImageStep, type ImportPlan } from "@/lib/import/plan";
import type { PostStep } from "@/lib/import/plan-posts";
import { listMediaKeys, loadExistingState } from "@/lib/import/queries";
import { buildReport, type ImportReport } from "@/lib/import/report";
import { mapWxr } from "@/lib/import/wordpress/map-wxr";
import { parseWxr } from "@/lib/import/wordpress/parse-wxr";

export type ImportPhase = "images" | "bodies" | "writing";

export interface ImportInput {
  system: SourceSystem;
  /** The export's text and the name to call it by in messages. */
  file: { name: string; text: string };
  /** Ghost's redirects.yaml (or .json), when given. */
  redirects?: { name: string; text: string } | null;
  media: MediaSource | null;
  dryRun: boolean;
  actorId: string | null;
  /** Convert bodies on worker threads (the command line; not inside the Next.js server). */
  parallel?: boolean;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

/** Reads an export file from disk, refusing what cannot be an export before parsing it. */
export async function readExportFile(file: string): Promise<{ name: string; text: string }> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new AppError("INVALID_INPUT", `${file}: no such file.`);
  return { name: path.basename(file), text: await fs.readFile(file, "utf8") };
}

export function readSourceSite(input: Pick<ImportInput, "system" | "file" | "redirects">): SourceSite {
  if (input.system === "wordpress") {
    if (input.file.text.trimStart().startsWith("{")) throw new AppError("INVALID_INPUT", `${input.file.name} is JSON, not a WordPress export (WXR is XML). Is it a Ghost export? Nothing was imported.`);
    return mapWxr(parseWxr(input.file.text, input.file.name));
  }
  if (input.file.text.trimStart().startsWith("<")) throw new AppError("INVALID_INPUT", `${input.file.name} is XML, not a Ghost export (Ghost exports JSON). Is it a WordPress export? Nothing was imported.`);
  const redirects = input.redirects ? parseGhostRedirects(input.redirects.text, input.redirects.name) : null;
  return mapGhost(parseGhostExport(input.file.text, input.file.name), redirects);
}

function missingImagesError(missing: ImageStep[], media: MediaSource): AppError {
  const listed = missing.slice(0, 10).map((i) => `  ${i.path} (${i.usedBy})`);
  const more = missing.length > 10 ? [`  … and ${missing.length - 10} more`] : [];
  return new AppError("INVALID_INPUT", [`${missing.length} image${missing.length === 1 ? " is" : "s are"} missing from ${media.label}:`, ...listed, ...more, "Nothing was imported."].join("\n"));
}

/** Reads and stores every new image; on any failure removes what it stored and throws. */
async function storeImages(images: ImageStep[], media: MediaSource, onProgress: ImportInput["onProgress"]): Promise<Map<string, StoredImageFile>> {
  const stored = new Map<string, StoredImageFile>();
  try {
    const missing: ImageStep[] = [];
    for (const [i, image] of images.entries()) {
      const bytes = await media.read(image.path);
      if (!bytes) missing.push(image);
      else if (missing.length === 0) {
        const file = await storeImageFile(bytes).catch((error: unknown) => {
          throw new AppError("INVALID_INPUT", `${image.path} (${image.usedBy}): ${error instanceof Error ? error.message : String(error)} Nothing was imported.`);
        });
        stored.set(image.path, file);
      }
      onProgress?.("images", i + 1, images.length);
    }
    if (missing.length) throw missingImagesError(missing, media);
    return stored;
  } catch (error) {
    await Promise.all([...stored.values()].map((f) => discardImageFiles(f.key)));
    throw error;
  }
}

async function convertBodies(plan: ImportPlan, stored: ReadonlyMap<string, StoredImageFile>, input: ImportInput): Promise<Map<PostStep, ConvertedBody>> {
  const reused = plan.images.filter((i) => i.action === "reuse");
  const keysById = await listMediaKeys(reused.map((i) => i.targetId));
  const keys = new Map<string, string>([...reused.flatMap((i) => (keysById.has(i.targetId) ? [[i.path, keysById.get(i.targetId)!] as const] : [])), ...[...stored].map(([p, f]) => [p, f.key] as const)]);
  const posts = plan.posts.filter((p) => p.action === "create" || p.action === "update");
  const html = posts.map((p) => p.source.html);
  const threads = input.parallel ? conversionThreads(posts.length) : 1;
  const bodies = await convertInParallel(conversionContext(plan, keys), html, threads, (done) => input.onProgress?.("bodies", done, posts.length));
  input.onProgress?.("bodies", posts.length, posts.length);
  return new Map(posts.map((p, i) => [p, bodies[i]!]));
}

/** Whether the plan changes anything at all: a re-run of an unchanged export writes nothing, not even its audit entry. */
function hasWrites(plan: ImportPlan, withImages: boolean): boolean {
  const acts = (steps: readonly { action: string }[]) => steps.some((s) => s.action === "create" || s.action === "update" || s.action === "match");
  return acts(plan.posts) || acts(plan.authors) || acts(plan.sections) || acts(plan.tags) || (withImages && acts(plan.images)) || acts(plan.comments) || acts(plan.legacyPaths);
}

export async function runImport(input: ImportInput): Promise<ImportReport> {
  const site = readSourceSite(input);
  const emails = site.posts.flatMap((p) => p.comments.map((c) => c.authorEmail));
  const plan = planImport(site, await loadExistingState(site.system, site.site, emails));
  const newImages = plan.images.filter((i) => i.action === "create");
  const imagesWithoutSource = input.media ? 0 : newImages.length;

  if (input.dryRun) {
    if (input.media) {
      const missing: ImageStep[] = [];
      for (const image of newImages) if (!(await input.media.exists(image.path))) missing.push(image);
      if (missing.length) throw missingImagesError(missing, input.media);
    }
    return buildReport(plan, { dryRun: true, imagesWithoutSource });
  }

  if (!hasWrites(plan, input.media !== null)) return buildReport(plan, { dryRun: false, imagesWithoutSource });
  const stored = input.media ? await storeImages(newImages, input.media, input.onProgress) : new Map<string, StoredImageFile>();
  try {
    const bodies = await convertBodies(plan, stored, input);
    input.onProgress?.("writing", 0, 1);
    await applyImportPlan(plan, { bodies, images: stored }, input.actorId);
    input.onProgress?.("writing", 1, 1);
  } catch (error) {
    await Promise.all([...stored.values()].map((f) => discardImageFiles(f.key)));
    throw error;
  }
  await invalidatePublicSite();
  return buildReport(plan, { dryRun: false, imagesWithoutSource });
}
