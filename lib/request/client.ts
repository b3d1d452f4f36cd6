/**
 * Who is asking: a keyed hash of the client address, for per-client rate limits. The address
 * itself is never stored.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { appSecret } from "@/lib/env";

/**
 * The client address from X-Forwarded-For. Behind a proxy, the right-most entry is the one the
 * nearest proxy added, the hardest for a client to forge. Next.js fills the header with the
 * socket's address only when it is missing, so without a proxy a client can name its own
 * address: per-client limits are then only advisory (per-user and per-address limits hold).
 */
export function clientAddressFrom(forwardedFor: string | null, realIp: string | null): string {
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return hops.at(-1) ?? realIp?.trim() ?? "unknown";
}

export function hashClientAddress(address: string): string {
  return createHmac("sha256", appSecret).update(`client:${address}`).digest("base64url").slice(0, 32);
}

export async function currentClientHash(): Promise<string> {
  const h = await headers();
  return hashClientAddress(clientAddressFrom(h.get("x-forwarded-for"), h.get("x-real-ip")));
}
