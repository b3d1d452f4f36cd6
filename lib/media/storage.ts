/**
 * Where image variants live: one interface, two implementations, chosen once from
 * MEDIA_STORAGE — a folder on this host (`local`, UPLOADS_DIR) or an S3-compatible bucket
 * (`s3`), which every app server of a cluster shares. Either way a variant is addressed as
 * `<key>/<width>.<format>`.
 */
import "server-only";
import sharp from "sharp";
import { env } from "@/lib/env";
import { createLocalStorage } from "@/lib/media/local-storage";
import { createS3Storage } from "@/lib/media/s3-storage";
import type { MediaStorage } from "@/lib/media/storage-interface";
import { MAX_IMAGE_PIXELS } from "@/lib/media/validate";
import { MEDIA_CONTENT_TYPES, MEDIA_KEY_PATTERN, MEDIA_WIDTHS, parseVariantFile } from "@/lib/media/variants";

export interface StoredImage {
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
}

const state = globalThis as unknown as { mastheadMediaStorage?: MediaStorage };

/** The storage this process uses, chosen once from the environment. */
export function mediaStorage(): MediaStorage {
  state.mastheadMediaStorage ??= env.MEDIA_STORAGE === "s3" ? createS3Storage(env) : createLocalStorage(env.UPLOADS_DIR);
  return state.mastheadMediaStorage;
}

function assertKey(key: string): void {
  if (!MEDIA_KEY_PATTERN.test(key)) throw new Error(`Invalid media key: ${key}`);
}

// libvips keeps decoded images in a cache for reuse; an upload is decoded once, so the cache only
// holds memory after it is done.
sharp.cache(false);

/**
 * Decodes an image once and stores every width in WebP and JPEG, never enlarging a small original.
 * The decode streams the file (sequentialRead) straight into the widest variant's size, so the full
 * picture is never held in memory; each variant is then resized from that and encoded one after
 * another. A decode failure is sharp's error; a storage failure is a MediaStorageError.
 */
export async function storeImageVariants(key: string, input: Buffer): Promise<StoredImage> {
  assertKey(key);
  const options = { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS } as const;
  const meta = await sharp(input, options).metadata();
  if (!meta.width || !meta.height || !meta.format) throw new Error("Not a decodable image");
  const widest = MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1];
  const { data, info } = await sharp(input, { ...options, sequentialRead: true })
    .rotate()
    .resize({ width: widest, withoutEnlargement: true })
    .raw({ depth: "uchar" })
    .toBuffer({ resolveWithObject: true });
  const master = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const files: { name: string; bytes: Buffer; contentType: string }[] = [];
  for (const width of MEDIA_WIDTHS) {
    const resized = () => master().resize({ width, withoutEnlargement: true });
    files.push({ name: `${width}.webp`, bytes: await resized().webp({ quality: 72 }).toBuffer(), contentType: MEDIA_CONTENT_TYPES.webp });
    files.push({ name: `${width}.jpg`, bytes: await resized().jpeg({ quality: 78, progressive: true }).toBuffer(), contentType: MEDIA_CONTENT_TYPES.jpg });
  }
  await mediaStorage().writeSet(key, files);
  // EXIF orientation may swap the sides.
  const swapped = (meta.orientation ?? 1) >= 5;
  return {
    width: swapped ? meta.height : meta.width,
    height: swapped ? meta.width : meta.height,
    mimeType: `image/${meta.format === "jpeg" ? "jpeg" : meta.format}`,
    bytes: input.length,
  };
}

/** One stored variant's bytes, or null when the key or file name is not one we serve or has no file. */
export async function readVariant(key: string, file: string): Promise<Buffer | null> {
  if (!MEDIA_KEY_PATTERN.test(key) || !parseVariantFile(file)) return null;
  return mediaStorage().read(key, file);
}

/** Removes every stored variant of an image. */
export async function removeImageVariants(key: string): Promise<void> {
  if (!MEDIA_KEY_PATTERN.test(key)) return;
  await mediaStorage().remove(key);
}
