/**
 * `npm run bench:import [-- --posts N]`: generates a WordPress export of N posts (default
 * 10,000; bench/import/generate-wxr.ts), imports it into a fresh database with
 * `npx masthead import`'s code, and reports how long each step took against the target (the
 * issue asks for under two minutes for 10,000 posts on the 2-core development machine). It then
 * imports the same export again, which must change nothing, and reports that time too.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { generateWxr } from "./generate-wxr";

const TARGET_SECONDS = 120;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number (got ${process.argv[at + 1]})`);
  return value;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main() {
  const posts = option("--posts", 10_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-import-bench-"));
  // The app reads its configuration when lib/env.ts is first imported, below.
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  process.env.UPLOADS_DIR = path.join(dir, "uploads");
  try {
    await migrateDatabase(process.env.DATABASE_URL);
    const media = path.join(dir, "old-uploads");
    fs.mkdirSync(path.join(media, "bench"), { recursive: true });
    for (let i = 1; i <= 10; i++) {
      await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 20 * i, g: 120, b: 200 - 10 * i } } }).jpeg().toFile(path.join(media, "bench", `image-${i}.jpg`));
    }
    let started = Date.now();
    const text = generateWxr(posts);
    console.log(`Generated ${posts.toLocaleString("en")} posts (${(text.length / 1e6).toFixed(1)} MB of WXR) in ${seconds(Date.now() - started)} s`);

    const { runImport } = await import("@/lib/import/run");
    const { folderSource } = await import("@/lib/import/media-source");
    const { db } = await import("@/lib/db");
    const phases = new Map<string, { wall: number; cpu: number }>();
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    started = Date.now();
    const cpuStarted = cpu();
    let last = { wall: started, cpu: cpuStarted };
    const report = await runImport({
      system: "wordpress",
      file: { name: "bench.xml", text },
      media: folderSource(media),
      dryRun: false,
      actorId: null,
      parallel: true,
      onProgress: (phase) => {
        const now = { wall: Date.now(), cpu: cpu() };
        const sum = phases.get(phase) ?? { wall: 0, cpu: 0 };
        phases.set(phase, { wall: sum.wall + now.wall - last.wall, cpu: sum.cpu + now.cpu - last.cpu });
        last = now;
      },
    });
    const total = Date.now() - started;
    const totalCpu = cpu() - cpuStarted;
    const c = report.counts;
    console.log(`Imported ${c.posts.created.toLocaleString("en")} posts, ${c.comments.created.toLocaleString("en")} comments, ${c.commenters.created} commenters, ${c.tags.created} tags, ${c.images.created} images, ${c.oldAddresses.created.toLocaleString("en")} old addresses`);
    // The first progress report of each phase closes the one before: reading and planning end at the first.
    console.log(`  ${[...phases].map(([p, t]) => `until ${p}: ${seconds(t.wall)} s (CPU ${seconds(t.cpu)} s)`).join("; ")}`);
    console.log(`  total ${seconds(total)} s, CPU ${seconds(totalCpu)} s (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs) — target under ${TARGET_SECONDS} s: ${total / 1000 < TARGET_SECONDS ? "met" : "MISSED"}`);

    started = Date.now();
    const again = await runImport({ system: "wordpress", file: { name: "bench.xml", text }, media: folderSource(media), dryRun: false, actorId: null });
    console.log(`Second run of the same export: ${again.counts.posts.unchanged.toLocaleString("en")} unchanged, ${again.counts.posts.created} created, ${again.counts.posts.updated} updated, in ${seconds(Date.now() - started)} s`);
    const found = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*) AS n FROM "ArticleSearchDocument"`);
    console.log(`Search index documents: ${Number(found[0]?.n ?? 0).toLocaleString("en")}`);
    await db.$disconnect();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
