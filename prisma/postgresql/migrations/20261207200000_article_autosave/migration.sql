-- The editor's autosaves (lib/autosave/mutations.ts): the PostgreSQL twin of
-- prisma/migrations/20261207200000_article_autosave. A new table only.

-- CreateTable
CREATE TABLE "ArticleAutosave" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "articleKey" TEXT NOT NULL,
    "articleId" TEXT,
    "baseVersion" INTEGER NOT NULL DEFAULT 0,
    "fields" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleAutosave_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleAutosave_articleId_idx" ON "ArticleAutosave"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleAutosave_userId_articleKey_key" ON "ArticleAutosave"("userId", "articleKey");

-- AddForeignKey
ALTER TABLE "ArticleAutosave" ADD CONSTRAINT "ArticleAutosave_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleAutosave" ADD CONSTRAINT "ArticleAutosave_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
