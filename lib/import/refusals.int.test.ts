import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { folderSource } from "@/lib/import/media-source";
import { readExportFile, runImport, type ImportInput } from "@/lib/import/run";
import { databaseDigest } from "@/reliability/support/database";
import { createArticle } from "@/test/factories";

const FIXTURES = path.resolve("test/fixtures/imports");
const wxr = fs.readFileSync(path.join(FIXTURES, "wordpress/export.xml"), "utf8");
const ghost = fs.readFileSync(path.join(FIXTURES, "ghost/export.json"), "utf8");

afterAll(() => db.$disconnect());

let before: Awaited<ReturnType<typeof databaseDigest>>;
let uploadsBefore: string[];
const uploads = () => (fs.existsSync(env.UPLOADS_DIR) ? fs.readdirSync(env.UPLOADS_DIR).sort() : []);

beforeAll(async () => {
  await createArticle({ slug: "already-here" });
  before = await databaseDigest(env.DATABASE_URL);
  uploadsBefore = uploads();
});

async function refused(input: Partial<ImportInput> & Pick<ImportInput, "system" | "file">): Promise<string> {
  const error = await runImport({ media: null, dryRun: false, actorId: null, ...input }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect((await databaseDigest(env.DATABASE_URL)).tables).toEqual(before.tables);
  expect(uploads()).toEqual(uploadsBefore);
  return (error as Error).message;
}

describe("a damaged or wrong export is refused and the database stays exactly as it was", () => {
  it("a WordPress export cut short", async () => {
    const message = await refused({ system: "wordpress", file: { name: "export.xml", text: wxr.slice(0, Math.floor(wxr.length / 2)) } });
    expect(message).toMatch(/^export\.xml is not well-formed XML \(line \d+: .+\); the export may be cut short or damaged\. Nothing was imported\.$/);
  });

  it("a WordPress export whose middle was overwritten", async () => {
    const at = wxr.indexOf("<wp:comment>");
    const message = await refused({ system: "wordpress", file: { name: "export.xml", text: `${wxr.slice(0, at)}<wp:comment><garbage${wxr.slice(at + 40)}` } });
    expect(message).toMatch(/not well-formed XML/);
  });

  it("an RSS feed, a Ghost export and an empty file given as WordPress exports", async () => {
    expect(await refused({ system: "wordpress", file: { name: "feed.xml", text: '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>' } })).toMatch(/feed\.xml is not a WordPress export .*it has no <wp:wxr_version>/);
    expect(await refused({ system: "wordpress", file: { name: "export.json", text: ghost } })).toMatch(/export\.json is JSON, not a WordPress export/);
    expect(await refused({ system: "wordpress", file: { name: "empty.xml", text: "" } })).toMatch(/empty\.xml is not/);
  });

  it("a Ghost export cut short, not Ghost's, or a WordPress export given as Ghost's", async () => {
    expect(await refused({ system: "ghost", file: { name: "export.json", text: ghost.slice(0, 5000) } })).toMatch(/^export\.json is not valid JSON .*Nothing was imported\.$/);
    expect(await refused({ system: "ghost", file: { name: "other.json", text: '{"posts": []}' } })).toMatch(/other\.json is not a Ghost export .*db\[0\]\.meta/);
    expect(await refused({ system: "ghost", file: { name: "broken.json", text: JSON.stringify({ db: [{ meta: {}, data: { posts: [{ title: "no id" }] } }] }) } })).toMatch(/data\.posts\.0\.id/);
    expect(await refused({ system: "ghost", file: { name: "export.xml", text: wxr } })).toMatch(/export\.xml is XML, not a Ghost export/);
  });

  it("a Ghost export whose middle was overwritten, or whose first post lost its id", async () => {
    const at = ghost.indexOf('"posts_authors"');
    expect(await refused({ system: "ghost", file: { name: "export.json", text: `${ghost.slice(0, at)}#garbage#${ghost.slice(at + 40)}` } })).toMatch(/^export\.json is not valid JSON .*Nothing was imported\.$/);
    const damaged = JSON.parse(ghost) as { db: { data: { posts: Record<string, unknown>[] } }[] };
    delete damaged.db[0]!.data.posts[0]!.id;
    expect(await refused({ system: "ghost", file: { name: "export.json", text: JSON.stringify(damaged) } })).toMatch(/data\.posts\.0\.id/);
  });

  it("a Ghost image the export names that is missing, or damaged, in content/images", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-ghost-images-"));
    fs.cpSync(path.join(FIXTURES, "ghost/images"), folder, { recursive: true });
    for (const name of ["seawater-heat-exchanger.jpg", "seawater-heat-exchanger_o.jpg"]) fs.rmSync(path.join(folder, "2026/12", name));
    const file = { name: "export.json", text: ghost };
    const missing = await refused({ system: "ghost", file, media: folderSource(folder) });
    expect(missing).toContain("seawater-heat-exchanger");
    expect(missing).toContain("Inside a Data Centre Cooled by the Baltic Sea");
    expect(missing).toMatch(/Nothing was imported\.$/);

    fs.cpSync(path.join(FIXTURES, "ghost/images"), folder, { recursive: true });
    for (const name of ["npu-benchmark-chart.png", "npu-benchmark-chart_o.png"]) {
      const target = path.join(folder, "2026/12", name);
      fs.writeFileSync(target, fs.readFileSync(target).subarray(0, 200));
    }
    expect(await refused({ system: "ghost", file, media: folderSource(folder) })).toMatch(/npu-benchmark-chart.*This image could not be read/);
  });

  it("an image the export names that is missing from the media folder, named with what shows it", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-uploads-"));
    fs.cpSync(path.join(FIXTURES, "wordpress/uploads"), folder, { recursive: true });
    fs.rmSync(path.join(folder, "2026/08/seawater-heat-exchanger.jpg"));
    const file = await readExportFile(path.join(FIXTURES, "wordpress/export.xml"));
    const message = await refused({ system: "wordpress", file, media: folderSource(folder) });
    expect(message).toContain(`1 image is missing from ${folder}:`);
    expect(message).toContain('2026/08/seawater-heat-exchanger.jpg (an image in post 16 "Inside a Data Centre Cooled by the Baltic Sea")');
    expect(message).toMatch(/Nothing was imported\.$/);
    // The dry run finds it too, without storing anything.
    expect(await refused({ system: "wordpress", file, media: folderSource(folder), dryRun: true })).toContain("seawater-heat-exchanger.jpg");
  });

  it("a damaged image", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "masthead-uploads-"));
    fs.cpSync(path.join(FIXTURES, "wordpress/uploads"), folder, { recursive: true });
    const target = path.join(folder, "2026/10/npu-benchmark-chart.png");
    fs.writeFileSync(target, fs.readFileSync(target).subarray(0, 200));
    const message = await refused({ system: "wordpress", file: await readExportFile(path.join(FIXTURES, "wordpress/export.xml")), media: folderSource(folder) });
    expect(message).toMatch(/^2026\/10\/npu-benchmark-chart\.png \(the feature image of post 13 .*\): This image could not be read/);
  });
});
