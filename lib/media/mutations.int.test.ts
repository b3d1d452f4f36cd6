import zlib from "node:zlib";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { deleteMedia, updateMedia, uploadImage } from "@/lib/media/mutations";
import { listMediaLibrary, listMediaOptions } from "@/lib/media/queries";
import { UPLOADS_BUSY_MESSAGE, UPLOADS_WAITING_AT_MOST, uploadQueue } from "@/lib/media/upload-queue";
import { MAX_UPLOAD_BYTES } from "@/lib/media/validate";
import { MEDIA_KEY_PATTERN, MEDIA_WIDTHS } from "@/lib/media/variants";
import { createActor, createArticle, createAuthor } from "@/test/factories";
import { refusal } from "@/test/expectations";
import { storedMediaFiles } from "@/test/stored-media";
afterAll(() => db.$disconnect());
afterEach(() => vi.restoreAllMocks());
let editor: Actor;
let contributor: Actor;
let reader: Actor;

beforeAll(async () => {
  [editor, contributor, reader] = await Promise.all([createActor("EDITOR"), createActor("CONTRIBUTOR"), createActor("READER")]);
});

/** Every stored file (uploads folder or bucket), so a test can prove nothing was left behind. */
const uploadsListing = () => storedMediaFiles();

const picture = (format: "jpeg" | "png") =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 160 } } })[format]().toBuffer();
const fileOf = (bytes: Buffer | string, name: string, type = "image/jpeg") =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
/** A PNG that declares 20000×20000 pixels in a few hundred bytes: a decompression bomb. */
function bombPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let crc = 0xffffffff;
    for (const byte of buf) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(20_000, 0);
  header.writeUInt32BE(20_000, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(20_001 * 4))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("uploading", () => {
  it("an editor uploads a JPEG: every width in WebP and JPEG stored, a row, an audit event", async () => {
    const media = await uploadImage(editor, fileOf(await picture("jpeg"), "server room.jpg"), { alt: "A server room", credit: "Photo: Test" });
    expect(media.key).toMatch(/^m-[a-z0-9]+$/);
    expect(MEDIA_KEY_PATTERN.test(media.key)).toBe(true);
    expect(media).toMatchObject({ alt: "A server room", width: 1200, height: 800 });
    const files = await storedMediaFiles(`${media.key}/`);
    expect(files).toEqual(MEDIA_WIDTHS.flatMap((w) => [`${media.key}/${w}.jpg`, `${media.key}/${w}.webp`]).sort());
    const row = await db.media.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ mimeType: "image/jpeg", originalName: "server room.jpg", credit: "Photo: Test", uploadedById: editor.id });
    expect(await db.auditEvent.count({ where: { action: "media.upload", targetId: media.id, actorId: editor.id } })).toBe(1);
  });
  it("a contributor uploads a PNG, whatever type the browser claimed", async () => {
    const media = await uploadImage(contributor, fileOf(await picture("png"), "chart", "application/octet-stream"), { alt: "A chart" });
    const row = await db.media.findUniqueOrThrow({ where: { id: media.id } });
    expect(row.mimeType).toBe("image/png");
  });
  it("a reader cannot upload, and nothing is written", async () => {
    const before = await uploadsListing();
    const count = await db.media.count();
    expect((await refusal(uploadImage(reader, fileOf(await picture("jpeg"), "a.jpg"), { alt: "x" }))).code).toBe("FORBIDDEN");
    expect(await uploadsListing()).toEqual(before);
    expect(await db.media.count()).toBe(count);
  });
  it("requires alt text", async () => {
    const error = await refusal(uploadImage(editor, fileOf(await picture("jpeg"), "a.jpg"), { alt: "   " }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors.alt?.[0]).toMatch(/Describe the image/);
  });
});
describe("refusing what is not a safe still image", () => {
  const refusedCleanly = async (file: File, message: RegExp) => {
    const before = await uploadsListing();
    const count = await db.media.count();
    const error = await refusal(uploadImage(editor, file, { alt: "Something" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors.file?.[0]).toMatch(message);
    expect(await uploadsListing()).toEqual(before);
    expect(await db.media.count()).toBe(count);
  };
  it("a text file renamed to .jpg", async () => {
    await refusedCleanly(fileOf("Just some notes, honestly.\n", "holiday.jpg", "image/jpeg"), /not a JPEG, PNG, WebP, GIF or AVIF/);
  });
  it("an SVG carrying a script, even when called .png", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>';
    await refusedCleanly(fileOf(svg, "logo.png", "image/png"), /not a JPEG/);
    await refusedCleanly(fileOf(svg, "logo.svg", "image/svg+xml"), /not a JPEG/);
  });
  it("an HTML file", async () => {
    await refusedCleanly(fileOf("<!doctype html><html><script>alert(1)</script></html>", "page.gif", "image/gif"), /not a JPEG/);
  });
  it("a file over 10 MB, before reading it", async () => {
    const bytes = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    (await picture("jpeg")).copy(bytes);
    const file = fileOf(bytes, "huge.jpg");
    const read = vi.spyOn(file, "arrayBuffer");
    await refusedCleanly(file, /larger than 10 MB/);
    expect(read).not.toHaveBeenCalled();
  });
  it("a small PNG declaring 20000×20000 pixels (a decompression bomb)", async () => {
    await refusedCleanly(fileOf(bombPng(), "bomb.png", "image/png"), /more than 25 megapixels/);
  });
  it("a damaged JPEG whose header is fine", async () => {
    const noisy = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    await refusedCleanly(fileOf(noisy.subarray(0, noisy.length / 2), "cut.jpg"), /could not be read/);
  });
  it("an animated GIF", async () => {
    const frame = (r: number) => sharp({ create: { width: 8, height: 8, channels: 3, background: { r, g: 0, b: 0 } } }).png().toBuffer();
    const gif = await sharp([await frame(0), await frame(255)], { join: { animated: true } }).gif().toBuffer();
    await refusedCleanly(fileOf(gif, "dance.gif", "image/gif"), /Animated/);
  });
  it("removes the stored variants when the row cannot be written", async () => {
    const before = await uploadsListing();
    vi.spyOn(db, "$transaction").mockRejectedValueOnce(new Error("database is locked"));
    await expect(uploadImage(editor, fileOf(await picture("jpeg"), "a.jpg"), { alt: "x" })).rejects.toThrow("database is locked");
    expect(await uploadsListing()).toEqual(before);
  });
});
describe("taking turns and keeping to the hourly limit", () => {
  it("processes one upload at a time; while four wait, the next is told to try again and nothing of it is stored", async () => {
    const uploader = await createActor("EDITOR");
    let release!: () => void;
    const holding = uploadQueue().run(() => new Promise<void>((resolve) => (release = resolve)));
    const pictures = await Promise.all(Array.from({ length: UPLOADS_WAITING_AT_MOST }, () => picture("jpeg")));
    const waiting = pictures.map((bytes, i) => uploadImage(uploader, fileOf(bytes, `queued-${i}.jpg`), { alt: `Queued ${i}` }));
    await vi.waitFor(() => expect(uploadQueue().size).toEqual({ running: 1, waiting: UPLOADS_WAITING_AT_MOST }), { timeout: 20_000, interval: 20 });
    const before = await uploadsListing();
    const busy = await refusal(uploadImage(uploader, fileOf(await picture("jpeg"), "one-too-many.jpg"), { alt: "One too many" }));
    expect(busy.code).toBe("UNAVAILABLE");
    expect(busy.fieldErrors.file).toEqual([UPLOADS_BUSY_MESSAGE]);
    expect(await uploadsListing()).toEqual(before);
    release();
    await holding;
    const stored = await Promise.all(waiting);
    expect(stored.map((m) => m.alt).sort()).toEqual(["Queued 0", "Queued 1", "Queued 2", "Queued 3"]);
    expect(await db.media.count({ where: { uploadedById: uploader.id } })).toBe(UPLOADS_WAITING_AT_MOST);
  });
  it("refuses a person's upload past 60 in an hour, before reading it, and stores nothing", async () => {
    const uploader = await createActor("EDITOR");
    const now = Date.now();
    await db.rateLimitEvent.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ bucket: "media:upload", key: uploader.id, createdAt: new Date(now - 1000 * (i + 1)) })) });
    const before = await uploadsListing();
    const limited = await refusal(uploadImage(uploader, fileOf(await picture("jpeg"), "sixty-first.jpg"), { alt: "Sixty-first" }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.message).toMatch(/60 images in the last hour/);
    expect(await uploadsListing()).toEqual(before);
    expect(await db.media.count({ where: { uploadedById: uploader.id } })).toBe(0);
    // Another person uploads as usual.
    expect((await uploadImage(await createActor("EDITOR"), fileOf(await picture("jpeg"), "other.jpg"), { alt: "Other" })).alt).toBe("Other");
  });
});

describe("editing and deleting", () => {
  const upload = async (actor: Actor, alt = "An image") => uploadImage(actor, fileOf(await picture("jpeg"), "a.jpg"), { alt });
  it("a contributor edits their own image but not an editor's", async () => {
    const own = await upload(contributor);
    await updateMedia(contributor, own.id, { alt: "Better words", caption: "A caption", credit: "Me" });
    expect(await db.media.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ alt: "Better words", caption: "A caption", credit: "Me" });
    expect(await db.auditEvent.count({ where: { action: "media.update", targetId: own.id } })).toBe(1);
    const editors = await upload(editor, "Editor's image");
    expect((await refusal(updateMedia(contributor, editors.id, { alt: "Mine now" }))).code).toBe("FORBIDDEN");
    expect((await refusal(deleteMedia(contributor, editors.id))).code).toBe("FORBIDDEN");
    expect((await db.media.findUniqueOrThrow({ where: { id: editors.id } })).alt).toBe("Editor's image");
  });
  it("a reader can neither edit nor delete", async () => {
    const media = await upload(editor, "Kept");
    expect((await refusal(updateMedia(reader, media.id, { alt: "Changed" }))).code).toBe("FORBIDDEN");
    expect((await refusal(deleteMedia(reader, media.id))).code).toBe("FORBIDDEN");
    expect((await db.media.findUniqueOrThrow({ where: { id: media.id } })).alt).toBe("Kept");
  });
  it("an editor deletes an unused image: row, files, audit event, and the edge is told to forget its files", async () => {
    const media = await upload(contributor);
    await deleteMedia(editor, media.id);
    expect(await db.media.findUnique({ where: { id: media.id } })).toBeNull();
    expect(await storedMediaFiles(`${media.key}/`)).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "media.delete", targetId: media.id, actorId: editor.id } })).toBe(1);
    expect(await db.cacheInvalidation.count({ where: { tag: `media:${media.key}` } })).toBe(1);
  });
  it("refuses to delete an image used as a hero, an author photo or in an article's text", async () => {
    const hero = await upload(editor);
    await db.article.update({ where: { id: (await createArticle()).id }, data: { heroImageId: hero.id } });
    expect((await refusal(deleteMedia(editor, hero.id))).message).toMatch(/hero image of 1 article/);
    const portrait = await upload(editor);
    const author = await createAuthor({ name: "Ada Example" });
    await db.author.update({ where: { id: author.id }, data: { photoId: portrait.id } });
    expect((await refusal(deleteMedia(editor, portrait.id))).message).toMatch(/photo of Ada Example/);
    const inline = await upload(editor);
    await createArticle({ body: `Look:\n\n![A chart](/media/${inline.key} "Chart")` });
    expect((await refusal(deleteMedia(editor, inline.id))).message).toMatch(/text of 1 article/);
    for (const m of [hero, portrait, inline]) expect(await db.media.findUnique({ where: { id: m.id } })).not.toBeNull();
  });
});
describe("reading the library", () => {
  it("lists picker options newest first, keeping an older chosen image", async () => {
    const options = await listMediaOptions();
    const times = await db.media.findMany({ where: { id: { in: options.map((o) => o.id) } }, select: { id: true, createdAt: true } });
    const at = new Map(times.map((t) => [t.id, t.createdAt.getTime()]));
    expect(options.map((o) => at.get(o.id))).toEqual([...options.map((o) => at.get(o.id)!)].sort((a, b) => b - a));
    expect(Object.keys(options[0]!).sort()).toEqual(["alt", "height", "id", "key", "width"]);
    const oldest = options.at(-1)!;
    expect((await listMediaOptions(oldest.id)).filter((o) => o.id === oldest.id)).toHaveLength(1);
  });
  it("shows the library to uploaders only, and marks what each may edit", async () => {
    expect((await refusal(listMediaLibrary(reader, 1))).code).toBe("FORBIDDEN");
    const page = await listMediaLibrary(contributor, 1);
    expect(page.items.length).toBeGreaterThan(0);
    const editable = await db.media.findMany({ where: { uploadedById: contributor.id }, select: { id: true } });
    for (const item of page.items) expect(item.editable).toBe(editable.some((e) => e.id === item.id));
  });
});
