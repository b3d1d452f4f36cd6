/**
 * Image variants on disk under UPLOADS_DIR: `<key>/<width>.<format>`. Writing goes through a
 * temporary folder renamed into place, so a reader never sees half a set.
 */
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { env } from "@/lib/env";
import { MEDIA_KEY_PATTERN, MEDIA_WIDTHS, parseVariantFile } from "@/lib/media/variants";

export interface StoredImage {
  width: number;
  height: number;
  mimeType: string;
  bytes: number;
}

export function uploadsRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ env.UPLOADS_DIR);
}

function keyDir(key: string): string {
  if (!MEDIA_KEY_PATTERN.test(key)) throw new Error(`Invalid media key: ${key}`);
  return path.join(uploadsRoot(), key);
}

/** File-system codes that mean the uploads folder cannot take a file: full, over quota, read-only, not ours. */
const STORAGE_FULL_CODES = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM"]);

/**
 * The upload storage refused a write. sharp reports a failed write as a plain message
 * ("No space left on device"), Node's fs with an error code.
 */
export class StorageFullError extends Error {
  constructor(readonly code: string, cause: unknown) {
    super(`The uploads folder cannot take the file (${code})`, { cause });
    this.name = "StorageFullError";
  }
}

function storageError(reason: unknown): unknown {
  const code = reason instanceof Error && "code" in reason ? String(reason.code) : "";
  if (STORAGE_FULL_CODES.has(code)) return new StorageFullError(code, reason);
  const text = String(reason);
  if (/no space left on device/i.test(text)) return new StorageFullError("ENOSPC", reason);
  if (/disk quota exceeded/i.test(text)) return new StorageFullError("EDQUOT", reason);
  if (/read-only file system/i.test(text)) return new StorageFullError("EROFS", reason);
  if (/permission denied/i.test(text)) return new StorageFullError("EACCES", reason);
  return reason;
}

/** Decodes an image, and writes every width in WebP and JPEG. Never enlarges a small original. */
export async function storeImageVariants(key: string, input: Buffer): Promise<StoredImage> {
  const image = sharp(input, { failOn: "error", limitInputPixels: 40_000_000 }).rotate();
  const meta = await image.metadata();
  if (!meta.width || !meta.height || !meta.format) throw new Error("Not a decodable image");
  const finalDir = keyDir(key);
  const tmpDir = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
  try {
    await fs.mkdir(tmpDir, { recursive: true });
    // Every write settles before the folder is judged: removing it while a sibling write is
    // still going would leave that file behind.
    const writes = await Promise.allSettled(
      MEDIA_WIDTHS.flatMap((width) => {
        const resized = image.clone().resize({ width, withoutEnlargement: true });
        return [
          resized.clone().webp({ quality: 72 }).toFile(path.join(tmpDir, `${width}.webp`)),
          resized.clone().jpeg({ quality: 78, progressive: true }).toFile(path.join(tmpDir, `${width}.jpg`)),
        ];
      }),
    );
    const failed = writes.find((w) => w.status === "rejected");
    if (failed) throw storageError(failed.reason);
    await fs.rm(finalDir, { recursive: true, force: true });
    await fs.rename(tmpDir, finalDir);
  } catch (error) {
    await fs.rm(tmpDir, { recursive: true, force: true });
    throw storageError(error);
  }
  // EXIF orientation may swap the sides.
  const swapped = (meta.orientation ?? 1) >= 5;
  return {
    width: swapped ? meta.height : meta.width,
    height: swapped ? meta.width : meta.height,
    mimeType: `image/${meta.format === "jpeg" ? "jpeg" : meta.format}`,
    bytes: input.length,
  };
}

/** One stored variant's bytes, or null when the key or file name is not one we serve. */
export async function readVariant(key: string, file: string): Promise<Buffer | null> {
  if (!MEDIA_KEY_PATTERN.test(key) || !parseVariantFile(file)) return null;
  try {
    return await fs.readFile(path.join(keyDir(key), file));
  } catch {
    return null;
  }
}
