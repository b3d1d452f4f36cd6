/**
 * Part: uploads under load. Image processing is the costliest thing a server does, so uploads take
 * turns (lib/media/upload-queue.ts) and decode into the widest variant's size in one streamed pass
 * (lib/media/storage.ts). Five editors' uploads arrive at once while readers keep reading: first a
 * small PNG declaring 6300 × 6300 pixels (over the cap: refused from its header), then five
 * photos of 5000 × 5000 pixels (at the cap). The server's memory (its process tree, sampled from
 * /proc) must stay within the budget and every reader must be answered.
 */
import Database from "better-sqlite3";
import sharp from "sharp";
import { TOO_MANY_PIXELS_MESSAGE } from "../../lib/media/validate";
import { UPLOADS_BUSY_MESSAGE } from "../../lib/media/upload-queue";
import { sampleTreeRss, treeRss } from "../../scripts/lib/process-memory";
import { callAction, type ActionResponse } from "../support/actions";
import { listServerActions } from "../support/app-map";
import { countRows, freshDatabase, sessionFor } from "../support/database";
import { startServer, type RunningServer } from "../support/server";
import type { PartReport, ReliabilityPart } from "../types";

const AT_ONCE = 5;
/** What the uploads may add to the server's resident memory at their peak, in MB. */
const PEAK_GROWTH_BUDGET_MB = 150;
/** …and what may stay once they are done and the readers have been answered. */
const KEPT_GROWTH_BUDGET_MB = 120;
const MB = 1024 * 1024;

/** A PNG of one colour: a small file that decodes to many pixels. */
async function png(width: number, height: number): Promise<File> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 40, g: 110, b: 170 } } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new File([new Uint8Array(bytes)], `photo-${width}x${height}.png`, { type: "image/png" });
}

interface Readers {
  stop: () => Promise<{ answered: number; failed: string[]; slowestMs: number }>;
}

/** Readers asking for pages one after another, two at a time, until stopped. */
function keepReading(server: RunningServer, paths: string[]): Readers {
  let running = true;
  let answered = 0;
  let slowestMs = 0;
  const failed: string[] = [];
  const reader = async (offset: number) => {
    for (let i = offset; running; i++) {
      const path = paths[i % paths.length]!;
      const started = performance.now();
      try {
        const response = await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        if (response.status === 200) answered++;
        else failed.push(`${path}: ${response.status}`);
      } catch (error) {
        failed.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
      slowestMs = Math.max(slowestMs, Math.round(performance.now() - started));
    }
  };
  const done = Promise.all([reader(0), reader(1)]);
  return {
    stop: async () => {
      running = false;
      await done;
      return { answered, failed, slowestMs };
    },
  };
}

const said = (r: ActionResponse) => r.result?.fieldErrors?.file?.[0] ?? r.result?.message ?? `HTTP ${r.status}`;
const mb = (bytes: number) => Math.round(bytes / MB);

export default {
  name: "Uploads under load",
  async run(ctx): Promise<PartReport> {
    const report: PartReport = { tried: [], held: [], failed: [] };
    const databaseFile = freshDatabase("uploads", "demo");
    const sqlite = new Database(databaseFile, { readonly: true });
    const stories = (sqlite.prepare(`SELECT slug FROM Article WHERE status = 'PUBLISHED' ORDER BY publishedAt DESC LIMIT 6`).all() as { slug: string }[]).map((r) => `/articles/${r.slug}`);
    sqlite.close();
    const [overCap, atCap] = await Promise.all([png(6300, 6300), png(5000, 5000)]);
    const server = await startServer({ database: databaseFile, distDir: ctx.distDir });
    try {
      const upload = listServerActions(ctx.distDir).find((a) => a.name === "uploadMediaAction");
      if (!upload) throw new Error("uploadMediaAction is not in the build");
      const editors = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => sessionFor(databaseFile, "EDITOR", { name: `Picture editor ${i + 1}` })));
      const send = (file: File, i: number) =>
        callAction(server.url, upload.id, { cookie: editors[i]!.cookie, path: "/admin/media", fields: { file, alt: `Photo ${i + 1}`, caption: "", credit: "" }, timeoutMs: 120_000 });
      const paths = ["/", ...stories];
      // Warm: every page rendered once, so the baseline holds what serving readers costs.
      for (const path of paths) await fetch(`${server.url}${path}`).then((r) => r.arrayBuffer());
      const baseline = treeRss(server.pid);
      const mediaBefore = await countRows(databaseFile, "Media");

      // 1. Over the cap: refused from the header, at once, whatever arrives together.
      const refused = await Promise.all(editors.map((_, i) => send(overCap, i)));
      report.tried.push(`${AT_ONCE} editors uploaded a ${Math.round(overCap.size / 1024)} KB PNG of 6300 × 6300 pixels at once`);
      const refusedRight = refused.filter((r) => r.status === 200 && r.result?.ok === false && said(r) === TOO_MANY_PIXELS_MESSAGE);
      if (refusedRight.length === AT_ONCE) report.held.push(`all ${AT_ONCE} refused with "${TOO_MANY_PIXELS_MESSAGE}" (slowest ${Math.max(...refused.map((r) => r.ms))} ms)`);
      else report.failed.push(`6300 × 6300 uploads: ${refused.map(said).join(" | ")}`);

      // 2. At the cap, with readers reading: one at a time, the memory within budget.
      const memory = sampleTreeRss(server.pid, 50);
      const readers = keepReading(server, paths);
      const started = performance.now();
      const stored = await Promise.all(editors.map((_, i) => send(atCap, i)));
      const uploadsMs = Math.round(performance.now() - started);
      const reading = await readers.stop();
      const peak = memory.stop();
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const kept = treeRss(server.pid);
      report.tried.push(`${AT_ONCE} editors uploaded a ${Math.round(atCap.size / 1024)} KB PNG of 5000 × 5000 pixels at once, while two readers read ${paths.length} pages over and over`);

      const ok = stored.filter((r) => r.result?.ok === true).length;
      const busy = stored.filter((r) => r.result?.ok === false && said(r) === UPLOADS_BUSY_MESSAGE).length;
      const other = stored.filter((r) => r.result?.ok !== true && !(r.result?.ok === false && said(r) === UPLOADS_BUSY_MESSAGE));
      if (other.length === 0 && ok >= 1) {
        report.held.push(`uploads took turns: ${ok} stored${busy ? `, ${busy} told "${UPLOADS_BUSY_MESSAGE}"` : ""}, all within ${uploadsMs.toLocaleString("en")} ms (slowest answer ${Math.max(...stored.map((r) => r.ms)).toLocaleString("en")} ms)`);
      } else {
        report.failed.push(`5000 × 5000 uploads: ${stored.map((r) => `${r.status} ${said(r)}`).join(" | ")}`);
      }
      const mediaAdded = (await countRows(databaseFile, "Media")) - mediaBefore;
      if (mediaAdded === ok) report.held.push(`the media library grew by exactly the ${ok} stored`);
      else report.failed.push(`the media library grew by ${mediaAdded}, but ${ok} uploads were acknowledged`);

      const line = `server memory ${mb(baseline)} MB before, peak ${mb(peak)} MB (+${mb(peak - baseline)}; budget +${PEAK_GROWTH_BUDGET_MB}), ${mb(kept)} MB 3 s after (+${mb(kept - baseline)}; budget +${KEPT_GROWTH_BUDGET_MB})`;
      if (peak - baseline <= PEAK_GROWTH_BUDGET_MB * MB && kept - baseline <= KEPT_GROWTH_BUDGET_MB * MB) report.held.push(line);
      else report.failed.push(line);

      if (reading.failed.length === 0 && reading.answered > 0) report.held.push(`readers were answered throughout: ${reading.answered} pages, all 200 (slowest ${reading.slowestMs.toLocaleString("en")} ms)`);
      else report.failed.push(`readers during the uploads: ${reading.answered} answered, ${reading.failed.length} not (${reading.failed.slice(0, 5).join("; ")})`);
    } finally {
      await server.stop();
    }
    return report;
  },
} satisfies ReliabilityPart;
