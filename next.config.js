// @ts-check
import path from "node:path";
import { buildIdFrom } from "./lib/build-id.cjs";
import { surrogateKeyHeaders } from "./lib/cache/surrogate-keys.cjs";
import { legacyQueryRewrites } from "./lib/redirects/legacy-query.cjs";
import { MAX_REQUEST_BODY_BYTES } from "./lib/request/limits.cjs";

const bodyLimit = /** @type {`${number}mb`} */ (`${MAX_REQUEST_BODY_BYTES / 1024 / 1024}mb`);

/**
 * Sent with every response, static files included. The Content-Security-Policy and HSTS depend
 * on the SITE_URL the server runs with, so proxy.ts sends them, and the cache handler stores
 * them with each cached page (lib/security/csp.cjs).
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(), usb=()" },
];

/** `?page=N` on a listing is served by its `/page/N` route, so that every page of it can be cached. */
const listingPageRewrites = ["sections", "tags", "authors"].map((kind) => ({
  source: `/${kind}/:slug`,
  has: [{ type: /** @type {const} */ ("query"), key: "page", value: "(?<n>[1-9]\\d{0,5})" }],
  destination: `/${kind}/:slug/page/:n`,
}));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second build can live beside the first (e.g. a parallel browser-test run). process.env, not
  // lib/env.ts: Next.js reads this file before any app module, and NEXT_DIST_DIR is a build setting.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // One build id on every app server of a cluster (lib/build-id.cjs, docs/production.md). process.env,
  // not lib/env.ts: a build setting, read while Next.js loads this file.
  generateBuildId: async () => buildIdFrom(process.env.MASTHEAD_BUILD_ID),
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@libsql/client", "sharp", "@aws-sdk/client-s3"],
  typescript: { ignoreBuildErrors: false },
  // Next.js's page cache, made to honour invalidations written by any process (lib/cache/cache-handler.cjs).
  // (Next.js runs from the project's root; the path must be absolute.)
  cacheHandler: path.resolve("lib/cache/cache-handler.cjs"),
  // Cached pages live in memory only (bounded), never in files beside the build.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // A CDN may serve a public page for its revalidate time (60 s) and a stale copy for up to an hour while it refetches.
  expireTime: 3600,
  // `forbidden()` renders app/forbidden.tsx with a 403 status.
  // `globalNotFound`: an address no route claims gets app/global-not-found.tsx, a whole page drawn on the server.
  experimental: { authInterrupts: true, globalNotFound: true, serverActions: { bodySizeLimit: bodyLimit }, proxyClientMaxBodySize: bodyLimit, isrFlushToDisk: false },
  async rewrites() {
    return { beforeFiles: [...listingPageRewrites, ...legacyQueryRewrites()], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Build files never change under their name; the tag lets an edge drop a retired build's.
      { source: "/_next/static/:path*", headers: Object.entries(surrogateKeyHeaders(["build"])).map(([key, value]) => ({ key, value })) },
    ];
  },
};

export default nextConfig;
