-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tag" TEXT NOT NULL,
    "invalidatedAt" REAL NOT NULL
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_invalidatedAt_idx" ON "CacheInvalidation"("invalidatedAt");

