// @ts-check
// The baselines of `npm run bench`: the same Next.js, nothing of Masthead. Built and served by
// bench/lib/baseline.ts with its own build directory.

/** @type {import("next").NextConfig} */
const nextConfig = {
  distDir: ".next-baseline",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
