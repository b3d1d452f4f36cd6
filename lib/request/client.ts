/**
 * Who is asking: a keyed hash of the client address, for per-client rate limits. The address
 * itself is never stored.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { appSecret, env } from "@/lib/env";

/**
 * The client address from X-Forwarded-For as the server completes it (lib/request/peer.ts: the
 * socket's address is always appended as the last entry). With `trustedHops` 0 that last entry,
 * the socket's peer, is the client; behind N proxies that each append the address they saw, the
 * client is the N-th entry before it. Entries further left were written by the client and are
 * never trusted; a chain shorter than the hops configured yields its first entry.
 */
export function clientAddressFrom(forwardedFor: string | null, trustedHops: number): string {
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  if (hops.length === 0) return "unknown";
  return hops[Math.max(0, hops.length - 1 - trustedHops)]!;
}

export function hashClientAddress(address: string): string {
  return createHmac("sha256", appSecret).update(`client:${address}`).digest("base64url").slice(0, 32);
}

export async function currentClientHash(): Promise<string> {
  const h = await headers();
  return hashClientAddress(clientAddressFrom(h.get("x-forwarded-for"), env.TRUST_PROXY));
}
