-- How far each edge cache has been told about the CacheInvalidation log (lib/edge/purger.ts):
-- the PostgreSQL twin of prisma/migrations/20261207140000_edge_purge. A new table only.

-- CreateTable
CREATE TABLE "EdgePurge" (
    "edge" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "caughtUpAt" DOUBLE PRECISION NOT NULL,
    "lastLagMs" DOUBLE PRECISION,
    "lastPurgedAt" DOUBLE PRECISION,
    "failingSince" DOUBLE PRECISION,
    "lastError" TEXT,

    CONSTRAINT "EdgePurge_pkey" PRIMARY KEY ("edge")
);
