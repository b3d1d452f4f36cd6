/**
 * Writing the media library. An upload is judged by its bytes, never by its name or the type
 * the browser claimed: the size first (before the file is read), then the magic number, then
 * sharp's header decode with a pixel limit, then the full decode while the variants are
 * written. Only the re-encoded variants are ever stored or served, never the original bytes.
 * A person uploads at most 60 images an hour, and a server processes one upload at a time
 * (lib/media/upload-queue.ts).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import path from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/mutations";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import { HOUR, type RateRule } from "@/lib/rate-limit/rules";
import { invalidateMedia, invalidatePublicSite } from "@/lib/cache/invalidate";
import type { MediaOptionDTO } from "@/lib/media/queries";
import { mediaMetaSchema, type MediaMeta, type MediaMetaInput } from "@/lib/media/schemas";
import { removeImageVariants, storeImageVariants } from "@/lib/media/storage";
import { MediaStorageError } from "@/lib/media/storage-interface";
import { uploadQueue } from "@/lib/media/upload-queue";
import { MEDIA_PATH_PREFIX } from "@/lib/media/variants";
import {
  IMAGE_MIME_TYPES,
  MAX_IMAGE_PIXELS,
  TOO_MANY_PIXELS_MESSAGE,
  UNSUPPORTED_IMAGE_MESSAGE,
  canEditMediaItem,
  checkDecodedImage,
  checkUploadSize,
  detectImageFormat,
  type ImageFormat,
} from "@/lib/media/validate";
import { invalidFields } from "@/lib/forms";

const UNREADABLE_MESSAGE = "This image could not be read. It may be damaged.";
const STORAGE_MESSAGES: Record<MediaStorageError["storage"], string> = {
  local: "The image could not be stored: the server's upload storage is full or not writable. Nothing was saved; please tell the site's administrator.",
  s3: "The image could not be stored: the object storage could not be reached or refused the file. Nothing was saved; please try again, or tell the site's administrator.",
};

/** Per person: a newsroom's busiest picture editor uploads a few dozen an hour. */
export const UPLOAD_RULES: readonly RateRule[] = [
  { max: 60, windowMs: HOUR, message: "You have uploaded 60 images in the last hour, the most one person may. Please wait a while before uploading more." },
];

const refuseFile = (message: string) => new AppError("INVALID_INPUT", message, { file: [message] });

function parseMeta(meta: MediaMetaInput): MediaMeta {
  const parsed = mediaMetaSchema.safeParse(meta);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  throw invalidFields(fieldErrors);
}

/** A fresh folder name for an upload: `m-` and 24 random lowercase hex digits. */
function newMediaKey(): string {
  return `m-${randomBytes(12).toString("hex")}`;
}

/** Decodes the header only: refuses what sharp cannot read, bombs, animations and lies. */
async function inspectImage(bytes: Buffer): Promise<ImageFormat> {
  const format = detectImageFormat(bytes);
  if (!format) throw refuseFile(UNSUPPORTED_IMAGE_MESSAGE);
  let problem: string | null;
  try {
    const meta = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" }).metadata();
    problem = checkDecodedImage(format, meta);
  } catch (error) {
    problem = /pixel limit/i.test(String(error)) ? TOO_MANY_PIXELS_MESSAGE : UNREADABLE_MESSAGE;
  }
  if (problem) throw refuseFile(problem);
  return format;
}

export interface StoredImageFile {
  key: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Judges an image's bytes (size, signature, decode) and writes its variants under a new key.
 * The caller writes the Media row, or calls discardImageFiles when it does not. Refusals are
 * INVALID_INPUT errors with the message under `file`.
 */
export async function storeImageFile(bytes: Buffer): Promise<StoredImageFile> {
  const readProblem = checkUploadSize(bytes.length);
  if (readProblem) throw refuseFile(readProblem);
  const format = await inspectImage(bytes);
  const key = newMediaKey();
  // The full decode happens here. A storage that cannot take the files is ours to report;
  // other file-system trouble is a failure; anything else is a damaged image.
  const stored = await storeImageVariants(key, bytes).catch((error: unknown) => {
    if (error instanceof MediaStorageError) {
      log.error(error.storage === "local" ? "media.storage-full" : "media.storage-failed", { storage: error.storage, code: error.code, error: String(error.cause) });
      const message = STORAGE_MESSAGES[error.storage];
      throw new AppError("UNAVAILABLE", message, { file: [message] });
    }
    if (error instanceof Error && "code" in error) throw error;
    throw refuseFile(UNREADABLE_MESSAGE);
  });
  return { key, mimeType: IMAGE_MIME_TYPES[format], width: stored.width, height: stored.height, bytes: stored.bytes };
}

/** Removes the files of an image whose Media row was never written. */
export async function discardImageFiles(key: string): Promise<void> {
  await removeImageVariants(key);
}

/**
 * Stores an uploaded image (resized variants in the media storage, a Media row, an audit event)
 * and returns it as a picker option. Refusals are INVALID_INPUT errors with the message under
 * `file` (or under `alt`, `caption`, `credit`); nothing is left stored after a refusal or a failure.
 */
export async function uploadImage(actor: Actor, file: File, meta: MediaMetaInput): Promise<MediaOptionDTO> {
  if (!can(actor, "media:upload")) throw new AppError("FORBIDDEN", "You are not allowed to upload images.");
  const words = parseMeta(meta);
  // Refuse an oversized file before reading it into memory.
  const sizeProblem = checkUploadSize(file.size);
  if (sizeProblem) throw refuseFile(sizeProblem);
  await consumeRateLimit("media:upload", actor.id, UPLOAD_RULES);
  const stored = await uploadQueue().run(async () => storeImageFile(Buffer.from(await file.arrayBuffer())));
  try {
    return await db.$transaction(async (tx) => {
      const media = await tx.media.create({
        data: {
          key: stored.key,
          originalName: path.basename(file.name.replaceAll("\\", "/")).slice(0, 200),
          mimeType: stored.mimeType,
          width: stored.width,
          height: stored.height,
          bytes: stored.bytes,
          ...words,
          uploadedById: actor.id,
        },
        select: { id: true, key: true, alt: true, width: true, height: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "media.upload", targetType: "media", targetId: media.id, detail: { key: stored.key, bytes: stored.bytes } });
      return media;
    });
  } catch (error) {
    await removeImageVariants(stored.key).catch((removal: unknown) => log.error("media.remove-files-failed", { key: stored.key, error: String(removal) }));
    throw error;
  }
}

async function findEditable(actor: Actor, id: string) {
  const media = await db.media.findUnique({ where: { id }, select: { id: true, key: true, uploadedById: true } });
  if (!media) throw new AppError("NOT_FOUND", "That image no longer exists.");
  if (!canEditMediaItem(actor, media.uploadedById)) throw new AppError("FORBIDDEN", "You may only change images you uploaded.");
  return media;
}

/** Changes an image's alt text, caption and credit. */
export async function updateMedia(actor: Actor, id: string, meta: MediaMetaInput): Promise<void> {
  if (!can(actor, "media:upload")) throw new AppError("FORBIDDEN", "You are not allowed to change images.");
  const words = parseMeta(meta);
  const media = await findEditable(actor, id);
  await db.$transaction(async (tx) => {
    await tx.media.update({ where: { id: media.id }, data: words });
    await recordAudit(tx, { actorId: actor.id, action: "media.update", targetType: "media", targetId: media.id, detail: words });
  });
  await invalidatePublicSite();
}

/** Where an image is still used, as a sentence, or null when it is free to delete. */
async function describeUse(tx: Prisma.TransactionClient, id: string, key: string): Promise<string | null> {
  const reference = new RegExp(`${MEDIA_PATH_PREFIX}${key}(?![a-z0-9-])`);
  const [heroes, authors, bodies] = await Promise.all([
    tx.article.count({ where: { heroImageId: id } }),
    tx.author.findMany({ where: { photoId: id }, select: { name: true }, take: 3 }),
    tx.article.findMany({ where: { body: { contains: `${MEDIA_PATH_PREFIX}${key}` } }, select: { body: true }, take: 50 }),
  ]);
  const inBodies = bodies.filter((a) => reference.test(a.body)).length;
  const uses = [
    heroes && `the hero image of ${heroes} ${heroes === 1 ? "article" : "articles"}`,
    authors.length && `the photo of ${authors.map((a) => a.name).join(", ")}`,
    inBodies && `shown in the text of ${inBodies} ${inBodies === 1 ? "article" : "articles"}`,
  ].filter(Boolean);
  return uses.length ? `This image is still in use (${uses.join("; ")}). Replace it there first, then delete it.` : null;
}

/** Deletes an unused image: its row (with an audit event), then its files. */
export async function deleteMedia(actor: Actor, id: string): Promise<void> {
  if (!can(actor, "media:upload")) throw new AppError("FORBIDDEN", "You are not allowed to delete images.");
  const media = await findEditable(actor, id);
  await db.$transaction(async (tx) => {
    const inUse = await describeUse(tx, media.id, media.key);
    if (inUse) throw new AppError("CONFLICT", inUse);
    await tx.media.delete({ where: { id: media.id } });
    await recordAudit(tx, { actorId: actor.id, action: "media.delete", targetType: "media", targetId: media.id, detail: { key: media.key } });
  });
  await invalidateMedia(media.key);
  // The row is gone, so nothing links to the files any more; a failure here only leaves litter.
  await removeImageVariants(media.key).catch((error: unknown) => log.error("media.remove-files-failed", { key: media.key, error: String(error) }));
}
