-- Every foreign key gets an index: deleting a user or an image checks (and clears) the rows
-- that refer to it, which without one means reading the whole table (a million comments).

-- CreateIndex
CREATE INDEX "Author_photoId_idx" ON "Author"("photoId");

-- CreateIndex
CREATE INDEX "Article_heroImageId_idx" ON "Article"("heroImageId");

-- CreateIndex
CREATE INDEX "Article_createdById_idx" ON "Article"("createdById");

-- CreateIndex
CREATE INDEX "Revision_createdById_idx" ON "Revision"("createdById");

-- CreateIndex
CREATE INDEX "Correction_createdById_idx" ON "Correction"("createdById");

-- CreateIndex
CREATE INDEX "Media_uploadedById_idx" ON "Media"("uploadedById");

-- CreateIndex
CREATE INDEX "Comment_moderatedById_idx" ON "Comment"("moderatedById");

-- CreateIndex
CREATE INDEX "CommentReport_reporterId_idx" ON "CommentReport"("reporterId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

