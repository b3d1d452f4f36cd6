/**
 * The requests an edge (deploy/varnish/masthead.vcl) understands: PURGE with the keys to forget in
 * an `xkey-purge` header, and BAN to forget everything. Only addresses in the VCL's
 * `masthead_purgers` ACL may send them; anyone else gets a 403.
 */

/** Keys per PURGE request: Varnish takes request header lines of up to 8 KB. */
const MAX_PURGE_HEADER_BYTES = 6000;

export class EdgeRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "EdgeRequestError";
  }
}

async function send(edgeUrl: string, method: "PURGE" | "BAN", headers: Record<string, string>, timeoutMs: number): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(new URL("/", edgeUrl), { method, headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    throw new EdgeRequestError(`${method} ${edgeUrl} failed (${error instanceof Error ? error.message : String(error)}${cause})`, null);
  }
  await response.arrayBuffer();
  if (response.status === 403) {
    throw new EdgeRequestError(`${method} ${edgeUrl} was refused (403): this server's address is not in the edge's purge ACL (npx masthead edge:vcl --purger)`, 403);
  }
  if (!response.ok) throw new EdgeRequestError(`${method} ${edgeUrl} answered ${response.status}`, response.status);
  return response;
}

/** Splits keys into header values of at most `maxBytes` each. */
export function keyBatches(keys: readonly string[], maxBytes = MAX_PURGE_HEADER_BYTES): string[] {
  const batches: string[] = [];
  let current = "";
  for (const key of keys) {
    if (current && Buffer.byteLength(current) + 1 + Buffer.byteLength(key) > maxBytes) {
      batches.push(current);
      current = "";
    }
    current = current ? `${current} ${key}` : key;
  }
  if (current) batches.push(current);
  return batches;
}

/** Forgets every object carrying one of `keys`; returns how many the edge forgot. */
export async function purgeKeysAt(edgeUrl: string, keys: readonly string[], timeoutMs: number): Promise<number> {
  let purged = 0;
  for (const batch of keyBatches(keys)) {
    const response = await send(edgeUrl, "PURGE", { "xkey-purge": batch }, timeoutMs);
    purged += Number(response.headers.get("x-purged") ?? 0);
  }
  return purged;
}

/** Forgets everything the edge holds. */
export async function banEverythingAt(edgeUrl: string, timeoutMs: number): Promise<void> {
  await send(edgeUrl, "BAN", {}, timeoutMs);
}
