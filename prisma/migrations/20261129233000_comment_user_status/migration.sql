-- First-comment pre-moderation asks whether a reader has an approved comment; without this index
-- SQLite walked every approved comment (about 0.7 s a post on a million comments).

-- CreateIndex
CREATE INDEX "Comment_userId_status_idx" ON "Comment"("userId", "status");

