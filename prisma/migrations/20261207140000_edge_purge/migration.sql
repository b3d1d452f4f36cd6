-- How far each edge cache has been told about the CacheInvalidation log (lib/edge/purger.ts).

-- CreateTable
CREATE TABLE "EdgePurge" (
    "edge" TEXT NOT NULL PRIMARY KEY,
    "position" INTEGER NOT NULL,
    "caughtUpAt" REAL NOT NULL,
    "lastLagMs" REAL,
    "lastPurgedAt" REAL,
    "failingSince" REAL,
    "lastError" TEXT
);
