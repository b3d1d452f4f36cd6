/**
 * Storing and serving image variants through the storage the environment chose: run by the
 * `integration` project on the uploads folder and by `integration-s3` on a local S3 server.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/media/[key]/[file]/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { uploadImage } from "@/lib/media/mutations";
import { mediaStorage, readVariant, removeImageVariants, storeImageVariants } from "@/lib/media/storage";
import { variantFileNames } from "@/lib/media/variants";
import type { Actor } from "@/lib/auth/permissions";
import { refusal } from "@/test/expectations";
import { createActor } from "@/test/factories";
import { breakMediaStorage, storedMediaFiles, testS3Server } from "@/test/stored-media";

afterAll(() => db.$disconnect());

let editor: Actor;
beforeAll(async () => {
  editor = await createActor("EDITOR");
});

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 20 } } })
    .png()
    .toBuffer();
const serve = (key: string, file: string) => GET(new Request(`http://localhost/media/${key}/${file}`), { params: Promise.resolve({ key, file }) });

describe(`media on ${testS3Server() ? "object storage" : "the uploads folder"}`, () => {
  it("uses the storage MEDIA_STORAGE names", () => {
    expect(mediaStorage().kind).toBe(env.MEDIA_STORAGE);
    expect(env.MEDIA_STORAGE).toBe(testS3Server() ? "s3" : "local");
  });

  it("stores every width in both formats and serves each with its type, length and a one-year immutable cache", async () => {
    await storeImageVariants("storage-served", await picture(1000, 500));
    expect(await storedMediaFiles("storage-served/")).toEqual(variantFileNames().map((f) => `storage-served/${f}`).sort());
    const response = await serve("storage-served", "640.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(body.length));
    expect(await sharp(body).metadata()).toMatchObject({ format: "webp", width: 640, height: 320 });
    const jpeg = await serve("storage-served", "1600.jpg");
    // Never enlarged: the 1600 px variant of a 1000 px picture is 1000 px wide.
    expect(await sharp(Buffer.from(await jpeg.arrayBuffer())).metadata()).toMatchObject({ format: "jpeg", width: 1000 });
  });

  it("answers 404 for an unknown key, a width or format it does not make, and a path that leaves the key", async () => {
    await storeImageVariants("storage-known", await picture(400, 400));
    for (const [key, file] of [
      ["storage-unknown", "320.webp"],
      ["storage-known", "500.webp"],
      ["storage-known", "320.png"],
      ["..", "320.webp"],
      ["storage-known", "..%2F320.webp"],
    ] as const) {
      expect((await serve(key, file)).status, `${key}/${file}`).toBe(404);
    }
    expect(await readVariant("storage-unknown", "320.webp")).toBeNull();
  });

  it("storing a key again replaces its set; removing it leaves nothing", async () => {
    await storeImageVariants("storage-replaced", await picture(300, 300));
    await storeImageVariants("storage-replaced", await picture(200, 100));
    expect(await sharp((await readVariant("storage-replaced", "320.jpg"))!).metadata()).toMatchObject({ width: 200, height: 100 });
    await removeImageVariants("storage-replaced");
    expect(await storedMediaFiles("storage-replaced/")).toEqual([]);
    expect((await serve("storage-replaced", "320.jpg")).status).toBe(404);
    await removeImageVariants("storage-replaced");
  });

  it("when the storage stops answering: images are a 503 no cache keeps, an upload is refused with a clear message and leaves no row", async () => {
    await storeImageVariants("storage-outage", await picture(320, 200));
    const media = await db.media.count();
    await breakMediaStorage();
    const response = await serve("storage-outage", "320.webp");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const upload = new File([new Uint8Array(await picture(800, 600))], "outage.png", { type: "image/png" });
    const error = await refusal(uploadImage(editor, upload, { alt: "During the outage" }));
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.fieldErrors.file?.[0]).toMatch(testS3Server() ? /object storage could not be reached/ : /storage is full or not writable/);
    expect(await db.media.count()).toBe(media);
  });
});
