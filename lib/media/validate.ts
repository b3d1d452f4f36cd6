/**
 * The rules an uploaded image must pass before anything is decoded or written, reading a file
 * field from a form, and who may change a stored image. Pure: no file system, no database, no
 * sharp; safe in client components (the upload form checks the size before sending).
 */
import { can, type Actor } from "@/lib/auth/permissions";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Decoding more pixels than this is refused (a small file can declare a huge image). 25 megapixels
 * takes a 24-megapixel camera's photo (6000 × 4000) as it comes; the widest variant a page shows
 * is 1600 px, so more pixels only cost the server memory and time. Larger photos are exported
 * smaller first, as a photo desk does for the web.
 */
export const MAX_IMAGE_PIXELS = 25_000_000;

export const TOO_MANY_PIXELS_MESSAGE = "This image is too large (more than 25 megapixels). Please export it at up to 6000 × 4000 pixels.";

export const IMAGE_FORMATS = ["jpeg", "png", "webp", "gif", "avif"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const IMAGE_MIME_TYPES: Record<ImageFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
};

/** For `<input type="file" accept>`: a hint to the browser only; the server checks the bytes. */
export const ACCEPTED_IMAGE_TYPES = Object.values(IMAGE_MIME_TYPES).join(",");

export const UNSUPPORTED_IMAGE_MESSAGE = "This file is not a JPEG, PNG, WebP, GIF or AVIF image.";

/** Why a file of this many bytes is refused, or null when its size is fine. */
export function checkUploadSize(bytes: number): string | null {
  if (!Number.isFinite(bytes) || bytes <= 0) return "The file is empty.";
  if (bytes > MAX_UPLOAD_BYTES) return "The file is larger than 10 MB. Please upload a smaller image.";
  return null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The ISO-BMFF `ftyp` box of an AVIF file names `avif` (still) or `avis` (sequence) as a brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length, 64);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands.includes("avif") || brands.includes("avis");
}

/**
 * The image format named by the file's first bytes (its "magic number"), or null. The file's
 * name and the type the browser claimed are never consulted.
 */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a")) return "gif";
  if (isAvif(bytes)) return "avif";
  return null;
}

/** What sharp's `metadata()` reported about the decoded header. */
export interface DecodedImageFacts {
  format?: string;
  compression?: string;
  width?: number;
  height?: number;
  pages?: number;
}

/** sharp calls AVIF "heif" (with AV1 compression); HEIC is also "heif" but is not accepted. */
function decoderAgrees(expected: ImageFormat, facts: DecodedImageFacts): boolean {
  if (expected === "avif") return facts.format === "heif" && facts.compression === "av1";
  return facts.format === expected;
}

/** Why a decoded image is refused, or null when it may be stored. */
export function checkDecodedImage(expected: ImageFormat, facts: DecodedImageFacts): string | null {
  if (!decoderAgrees(expected, facts) || !facts.width || !facts.height) return "This image could not be read. It may be damaged.";
  if (facts.width * facts.height > MAX_IMAGE_PIXELS) return TOO_MANY_PIXELS_MESSAGE;
  if ((facts.pages ?? 1) > 1) return "Animated images and image sequences are not supported. Please upload a still image.";
  return null;
}

/**
 * The names an empty file field arrives with. A browser sends it as a part with `filename=""`;
 * the server's multipart parser (busboy) reads that as no name at all, and FormData then names
 * the empty part "blob" (or "undefined", when the parser passes its missing name on explicitly).
 */
const UNNAMED_FILE = new Set(["", "blob", "undefined"]);

/**
 * A file field of a submitted form, or null when none was chosen (a browser then sends an
 * empty, nameless file). The action helper reads text fields only, so actions read files here.
 */
export function chosenFile(formData: FormData, name: string): File | null {
  const value = formData.get(name);
  return value instanceof File && (value.size > 0 || !UNNAMED_FILE.has(value.name)) ? value : null;
}

/** Anyone who may upload edits or deletes their own images; media managers edit any. */
export function canEditMediaItem(actor: Actor | null, uploadedById: string | null): boolean {
  if (can(actor, "media:manage")) return true;
  return can(actor, "media:upload") && uploadedById !== null && uploadedById === actor?.id;
}
