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

/**
 * Decodes an image and stores every width in WebP and JPEG, never enlarging a small original.
 * A decode failure is sharp's error; a storage failure is a MediaStorageError.
 */
export async function storeImageVariants(key: string, input: Buffer): Promise<StoredImage> {
  assertKey(key);
  const image = sharp(input, { failOn: "error", limitInputPixels: 40_000_000 }).rotate();
  const meta = await image.metadata();
  if (!meta.width || !meta.height || !meta.format) throw new Error("Not a decodable image");
  const files = await Promise.all(
    MEDIA_WIDTHS.flatMap((width) => {
      const resized = image.clone().resize({ width, withoutEnlargement: true });
      return [
        resized.clone().webp({ quality: 72 }).toBuffer().then((bytes) => ({ name: `${width}.webp`, bytes, contentType: MEDIA_CONTENT_TYPES.webp })),
        resized.clone().jpeg({ quality: 78, progressive: true }).toBuffer().then((bytes) => ({ name: `${width}.jpg`, bytes, contentType: MEDIA_CONTENT_TYPES.jpg })),
      ];
    }),
  );
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
