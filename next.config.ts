import path from "node:path";
import type { NextConfig } from "next";
import { oauthFormTargets, sitePolicy } from "./lib/security/csp";

const https = Boolean(process.env.SITE_URL?.startsWith("https://"));

/** Sent with every response. HSTS only when the site is served over HTTPS. */
const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: sitePolicy({
      development: process.env.NODE_ENV === "development",
      https,
      formTargets: oauthFormTargets({ GITHUB_ID: process.env.GITHUB_ID, GOOGLE_ID: process.env.GOOGLE_ID }),
    }),
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(), usb=()" },
  ...(https
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
];

/** `?page=N` on a listing is served by its `/page/N` route, so that every page of it can be cached. */
const listingPageRewrites = ["sections", "tags", "authors"].map((kind) => ({
  source: `/${kind}/:slug`,
  has: [{ type: "query" as const, key: "page", value: "(?<n>[1-9]\\d{0,5})" }],
  destination: `/${kind}/:slug/page/:n`,
}));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A second build can live beside the first (e.g. a parallel browser-test run).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@libsql/client", "sharp"],
  typescript: { ignoreBuildErrors: false },
  // Next.js's page cache, made to honour invalidations written by any process (cache-handler.cjs).
  // (Next.js runs from the project's root; the path must be absolute.)
  cacheHandler: path.resolve("cache-handler.cjs"),
  // Cached pages live in memory only (bounded), never in files beside the build.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // A CDN may serve a public page for its revalidate time (60 s) and a stale copy for up to an hour while it refetches.
  expireTime: 3600,
  // `forbidden()` renders app/forbidden.tsx with a 403 status.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" }, isrFlushToDisk: false },
  async rewrites() {
    return { beforeFiles: listingPageRewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
