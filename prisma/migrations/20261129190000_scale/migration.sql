-- Indexes for 100,000 articles, and a search index whose rows can be found by article.
--
-- 1. Article indexes (from `prisma migrate diff` against schema.prisma). The public lists read
--    (status, publishedAt, id) in order from an index alone, modifiedAt included for the
--    sitemap's lastmod; tag and author pages, related stories and the sitemap start from a link
--    table and check each article's publication in (id, status, publishedAt), never the row.

-- DropIndex
DROP INDEX "Article_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_sectionId_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_id_modifiedAt_idx" ON "Article"("status", "publishedAt", "id", "modifiedAt");

-- CreateIndex
CREATE INDEX "Article_sectionId_status_publishedAt_id_idx" ON "Article"("sectionId", "status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_id_status_publishedAt_idx" ON "Article"("id", "status", "publishedAt");


-- 2. Search (hand-written; read 20261129010000_search first, whose rules still hold).
--
-- The FTS5 index now takes its text from "ArticleSearchDocument" (an external-content table),
-- one row per article with an INTEGER key that is the index's rowid and a UNIQUE "articleId".
-- Before, the article id was only an UNINDEXED column of the FTS table, stored after the body:
--   - re-indexing an article (`DELETE FROM "ArticleSearch" WHERE articleId = …`) scanned the
--     whole index — every save of a story read all 100,000 of them;
--   - a query had to read each match's content row, overflow pages and all, to learn which
--     article it was: 2 s to count the matches of a common word.
-- Now the triggers on articles, tags and authors replace the document row (an index lookup by
-- "articleId"), and the triggers on the document keep the FTS index equal to it, as the FTS5
-- manual prescribes for external content. A query reaches the article from a match through the
-- document's small leading columns, and reads highlight and snippet text only for the ten
-- results it shows (lib/search/queries.ts).
--
-- FOR LATER MIGRATIONS: as before, one that redefines "Article", "ArticleTag", "ArticleAuthor",
-- "Tag" or "Author" must drop the view "ArticleSearchSource" and the "ArticleSearch_*" triggers
-- first and re-create them as below; then rebuild with
--   DELETE FROM "ArticleSearchDocument";
--   INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
--   SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource";
-- Never write to "ArticleSearch" itself except through the "ArticleSearchDocument_*" triggers.

DROP TRIGGER "ArticleSearch_article_insert";
DROP TRIGGER "ArticleSearch_article_update";
DROP TRIGGER "ArticleSearch_article_delete";
DROP TRIGGER "ArticleSearch_tag_link_insert";
DROP TRIGGER "ArticleSearch_tag_link_delete";
DROP TRIGGER "ArticleSearch_tag_link_update";
DROP TRIGGER "ArticleSearch_author_link_insert";
DROP TRIGGER "ArticleSearch_author_link_delete";
DROP TRIGGER "ArticleSearch_author_link_update";
DROP TRIGGER "ArticleSearch_tag_rename";
DROP TRIGGER "ArticleSearch_author_rename";
DROP TABLE "ArticleSearch";

CREATE TABLE "ArticleSearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "authors" TEXT NOT NULL
);
CREATE UNIQUE INDEX "ArticleSearchDocument_articleId_key" ON "ArticleSearchDocument"("articleId");

-- Same columns, tokenizer and prefixes as before; rowid = "ArticleSearchDocument"."id".
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title,
    standfirst,
    body,
    tags,
    authors,
    articleId UNINDEXED,
    content = 'ArticleSearchDocument',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER "ArticleSearchDocument_insert" AFTER INSERT ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" (rowid, title, standfirst, body, tags, authors, articleId)
    VALUES (NEW."id", NEW."title", NEW."standfirst", NEW."body", NEW."tags", NEW."authors", NEW."articleId");
END;

CREATE TRIGGER "ArticleSearchDocument_delete" AFTER DELETE ON "ArticleSearchDocument" BEGIN
    INSERT INTO "ArticleSearch" ("ArticleSearch", rowid, title, standfirst, body, tags, authors, articleId)
    VALUES ('delete', OLD."id", OLD."title", OLD."standfirst", OLD."body", OLD."tags", OLD."authors", OLD."articleId");
END;

-- Documents are replaced, never updated in place; refuse an update rather than let the index drift.
CREATE TRIGGER "ArticleSearchDocument_update" BEFORE UPDATE ON "ArticleSearchDocument" BEGIN
    SELECT RAISE(ABORT, 'ArticleSearchDocument rows are replaced, not updated');
END;

-- Backfill.
INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource";

-- Articles. An update re-indexes only when an indexed field is written, so the frequent
-- counter updates (commentCount) and workflow changes (status, publishedAt) cost nothing.
CREATE TRIGGER "ArticleSearch_article_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."id";
END;

CREATE TRIGGER "ArticleSearch_article_update" AFTER UPDATE OF "id", "title", "standfirst", "plainText" ON "Article" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" IN (OLD."id", NEW."id");
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."id";
END;

CREATE TRIGGER "ArticleSearch_article_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" = OLD."id";
END;

-- Tags of an article: added, removed or re-pointed.
CREATE TRIGGER "ArticleSearch_tag_link_insert" AFTER INSERT ON "ArticleTag" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" = NEW."articleId";
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."articleId";
END;

CREATE TRIGGER "ArticleSearch_tag_link_delete" AFTER DELETE ON "ArticleTag" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" = OLD."articleId";
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = OLD."articleId";
END;

CREATE TRIGGER "ArticleSearch_tag_link_update" AFTER UPDATE OF "articleId", "tagId" ON "ArticleTag" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" IN (OLD."articleId", NEW."articleId");
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId IN (OLD."articleId", NEW."articleId");
END;

-- Authors of an article: added, removed or re-pointed.
CREATE TRIGGER "ArticleSearch_author_link_insert" AFTER INSERT ON "ArticleAuthor" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" = NEW."articleId";
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."articleId";
END;

CREATE TRIGGER "ArticleSearch_author_link_delete" AFTER DELETE ON "ArticleAuthor" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" = OLD."articleId";
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = OLD."articleId";
END;

CREATE TRIGGER "ArticleSearch_author_link_update" AFTER UPDATE OF "articleId", "authorId" ON "ArticleAuthor" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" IN (OLD."articleId", NEW."articleId");
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId IN (OLD."articleId", NEW."articleId");
END;

-- A renamed tag or author re-indexes every article that carries it. (Neither can be
-- deleted while an article uses it: both links are ON DELETE RESTRICT.)
CREATE TRIGGER "ArticleSearch_tag_rename" AFTER UPDATE OF "name" ON "Tag" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" IN (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id");
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource"
    WHERE articleId IN (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id");
END;

CREATE TRIGGER "ArticleSearch_author_rename" AFTER UPDATE OF "name" ON "Author" BEGIN
    DELETE FROM "ArticleSearchDocument" WHERE "articleId" IN (SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id");
    INSERT INTO "ArticleSearchDocument" ("articleId", title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource"
    WHERE articleId IN (SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id");
END;
