// @ts-check
/**
 * The database used when DATABASE_URL is not set: its one home, read by lib/env.ts (the server,
 * the CLI and the seed), prisma.config.ts (Prisma's own CLI) and the cache handler.
 * CommonJS, because the cache handler is loaded by Next.js with require(), outside the bundle.
 */
const DEFAULT_DATABASE_URL = "file:./data/masthead.db";

module.exports = { DEFAULT_DATABASE_URL };
