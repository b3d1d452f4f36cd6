-- The editor's autosaves: what each person's form held a few seconds ago, per article
-- (lib/autosave/mutations.ts). A new table only.

-- CreateTable
CREATE TABLE "ArticleAutosave" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "articleKey" TEXT NOT NULL,
    "articleId" TEXT,
    "baseVersion" INTEGER NOT NULL DEFAULT 0,
    "fields" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ArticleAutosave_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleAutosave_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleAutosave_articleId_idx" ON "ArticleAutosave"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleAutosave_userId_articleKey_key" ON "ArticleAutosave"("userId", "articleKey");
