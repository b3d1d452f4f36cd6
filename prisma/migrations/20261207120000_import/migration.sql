-- Moving in from WordPress and Ghost (lib/import/): which rows an import brought in, by their
-- source ids, and the old site's addresses that now redirect. New tables only: the search
-- tables, view and triggers (see 20261129010000_search) are untouched.

-- CreateTable
CREATE TABLE "ImportRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "system" TEXT NOT NULL,
    "site" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "digest" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LegacyPath" (
    "path" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ImportRecord_kind_targetId_idx" ON "ImportRecord"("kind", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRecord_system_site_kind_sourceId_key" ON "ImportRecord"("system", "site", "kind", "sourceId");

-- CreateIndex
CREATE INDEX "LegacyPath_kind_targetId_idx" ON "LegacyPath"("kind", "targetId");

