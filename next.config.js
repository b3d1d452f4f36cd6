// @ts-check

/** Sent with every response. HSTS only when the site is served over HTTPS. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(), usb=()" },
  ...(process.env.SITE_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second build can live beside the first (e.g. a parallel browser-test run).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Native and server-only packages stay outside the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@libsql/client", "sharp"],
  typescript: { ignoreBuildErrors: false },
  // `forbidden()` renders app/forbidden.tsx with a 403 status.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
