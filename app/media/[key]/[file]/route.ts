import { readVariant } from "@/lib/media/storage";
import { MEDIA_CONTENT_TYPES, parseVariantFile } from "@/lib/media/variants";

/** Serves a stored image variant. Variants never change under a key, so they cache forever. */
export async function GET(_request: Request, ctx: RouteContext<"/media/[key]/[file]">) {
  const { key, file } = await ctx.params;
  const variant = parseVariantFile(file);
  const bytes = variant && (await readVariant(key, file));
  if (!variant || !bytes) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": MEDIA_CONTENT_TYPES[variant.format],
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
