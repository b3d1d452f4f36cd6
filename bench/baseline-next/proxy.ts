/**
 * Matches no page of this app. Turbopack looks for a proxy up to the workspace root (where the
 * lockfile is), so without one of its own this app would be built with the repository's proxy.ts.
 */
import { NextResponse } from "next/server";

export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: "/never-requested-by-the-benchmark" };
