/** Types of database-url.cjs (CommonJS, shared by lib/env.ts, prisma.config.ts and the cache handler). */

export const DEFAULT_DATABASE_URL: "file:./data/masthead.db";
