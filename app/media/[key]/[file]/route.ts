import { log } from "@/lib/log";
import { mediaEdgeHeaders } from "@/lib/media/edge-keys";
import { readVariant } from "@/lib/media/storage";
import { MediaStorageError } from "@/lib/media/storage-interface";
import { MEDIA_CONTENT_TYPES, parseVariantFile } from "@/lib/media/variants";

/** Seconds a client is asked to wait when the media storage cannot answer. */
const STORAGE_RETRY_AFTER_S = 5;

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

/**
 * Serves a stored image variant, from whichever storage the server uses. Variants never change
 * under a key, so they cache forever (an edge forgets a deleted image's by its keys); a storage
 * that cannot answer is a 503 no cache keeps.
 */
export async function GET(_request: Request, ctx: RouteContext<"/media/[key]/[file]">) {
  const { key, file } = await ctx.params;
  const variant = parseVariantFile(file);
  let bytes: Buffer | null = null;
  try {
    bytes = variant && (await readVariant(key, file));
  } catch (error) {
    if (!(error instanceof MediaStorageError)) throw error;
    log.error("media.read-failed", { storage: error.storage, code: error.code, key, file });
    return plain(503, "The image storage is not answering; please try again shortly.", { "Retry-After": String(STORAGE_RETRY_AFTER_S), "Cache-Control": "no-store" });
  }
  if (!variant || !bytes) return plain(404, "Not found");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": MEDIA_CONTENT_TYPES[variant.format],
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      ...mediaEdgeHeaders(key),
    },
  });
}
