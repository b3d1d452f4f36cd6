/**
 * The edge keys of an image's files (`xkey`, `Surrogate-Key`): the edge keeps them a year, like
 * browsers, and forgets a deleted image's files by this tag (lib/cache/tags.ts `mediaTag`).
 */
import "server-only";
import { surrogateKeyHeaders } from "@/lib/cache/surrogate-keys.cjs";
import { mediaTag } from "@/lib/cache/tags";

export function mediaEdgeHeaders(key: string): Record<string, string> {
  return surrogateKeyHeaders([mediaTag(key)]);
}
