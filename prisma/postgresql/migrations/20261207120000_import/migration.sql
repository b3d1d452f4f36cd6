-- Moving in from WordPress and Ghost (lib/import/): the PostgreSQL twin of
-- prisma/migrations/20261207120000_import. New tables only.

-- CreateTable
CREATE TABLE "ImportRecord" (
    "id" TEXT NOT NULL,
    "system" TEXT NOT NULL,
    "site" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "digest" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 0,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegacyPath" (
    "path" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegacyPath_pkey" PRIMARY KEY ("path")
);

-- CreateIndex
CREATE INDEX "ImportRecord_kind_targetId_idx" ON "ImportRecord"("kind", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRecord_system_site_kind_sourceId_key" ON "ImportRecord"("system", "site", "kind", "sourceId");

-- CreateIndex
CREATE INDEX "LegacyPath_kind_targetId_idx" ON "LegacyPath"("kind", "targetId");

