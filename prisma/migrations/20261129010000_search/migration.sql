-- Full-text search over articles with SQLite FTS5 (lib/search/queries.ts reads it).
--
-- Hand-written: Prisma does not model FTS5, so schema.prisma does not mention any of this.
-- One index row per article, whatever its status: the public query joins "Article" and
-- filters on status and publication time, so publishing, scheduling and unpublishing need
-- no index change. Triggers keep each row equal to "ArticleSearchSource" for its article.
--
-- Tokenizer: unicode61 folds case and, with remove_diacritics 2, diacritics, so "seimas"
-- finds "Seimas" and "zinios" finds "žinios". Prefix indexes of 2 and 3 characters make the
-- prefix match on the last word of a query ("tran" → "transformer") cheap.
--
-- FOR LATER MIGRATIONS: `ALTER TABLE … ADD COLUMN` on these tables is fine. A migration that
-- redefines "Article", "ArticleTag", "ArticleAuthor", "Tag" or "Author" (Prisma's SQLite
-- pattern: CREATE "new_X", copy, DROP "X", RENAME) fails on the RENAME with "error in view
-- ArticleSearchSource" — and dropping a table silently drops its triggers. Such a migration
-- must DROP the view and the ArticleSearch_* triggers first, then re-create them as below
-- and rebuild the index: DELETE FROM "ArticleSearch"; then the backfill INSERT below.

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title,
    standfirst,
    body,
    tags,
    authors,
    articleId UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- What the index holds for each article: the text fields (the body as plain text, derived
-- from the Markdown at save) plus the names of its tags and authors.
CREATE VIEW "ArticleSearchSource" AS
SELECT
    a."id" AS articleId,
    a."title" AS title,
    a."standfirst" AS standfirst,
    a."plainText" AS body,
    coalesce((SELECT group_concat(t."name", ', ') FROM "ArticleTag" j JOIN "Tag" t ON t."id" = j."tagId" WHERE j."articleId" = a."id"), '') AS tags,
    coalesce((SELECT group_concat(w."name", ', ') FROM "ArticleAuthor" j JOIN "Author" w ON w."id" = j."authorId" WHERE j."articleId" = a."id"), '') AS authors
FROM "Article" a;

-- Backfill the articles that exist already.
INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource";

-- Articles. An update re-indexes only when an indexed field is written, so the frequent
-- counter updates (commentCount) and workflow changes (status, publishedAt) cost nothing.
CREATE TRIGGER "ArticleSearch_article_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."id";
END;

CREATE TRIGGER "ArticleSearch_article_update" AFTER UPDATE OF "id", "title", "standfirst", "plainText" ON "Article" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId IN (OLD."id", NEW."id");
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."id";
END;

CREATE TRIGGER "ArticleSearch_article_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId = OLD."id";
END;

-- Tags of an article: added, removed or re-pointed.
CREATE TRIGGER "ArticleSearch_tag_link_insert" AFTER INSERT ON "ArticleTag" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId = NEW."articleId";
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."articleId";
END;

CREATE TRIGGER "ArticleSearch_tag_link_delete" AFTER DELETE ON "ArticleTag" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId = OLD."articleId";
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = OLD."articleId";
END;

CREATE TRIGGER "ArticleSearch_tag_link_update" AFTER UPDATE OF "articleId", "tagId" ON "ArticleTag" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId IN (OLD."articleId", NEW."articleId");
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId IN (OLD."articleId", NEW."articleId");
END;

-- Authors of an article: added, removed or re-pointed.
CREATE TRIGGER "ArticleSearch_author_link_insert" AFTER INSERT ON "ArticleAuthor" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId = NEW."articleId";
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = NEW."articleId";
END;

CREATE TRIGGER "ArticleSearch_author_link_delete" AFTER DELETE ON "ArticleAuthor" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId = OLD."articleId";
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId = OLD."articleId";
END;

CREATE TRIGGER "ArticleSearch_author_link_update" AFTER UPDATE OF "articleId", "authorId" ON "ArticleAuthor" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId IN (OLD."articleId", NEW."articleId");
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource" WHERE articleId IN (OLD."articleId", NEW."articleId");
END;

-- A renamed tag or author re-indexes every article that carries it. (Neither can be
-- deleted while an article uses it: both links are ON DELETE RESTRICT.)
CREATE TRIGGER "ArticleSearch_tag_rename" AFTER UPDATE OF "name" ON "Tag" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId IN (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id");
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource"
    WHERE articleId IN (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id");
END;

CREATE TRIGGER "ArticleSearch_author_rename" AFTER UPDATE OF "name" ON "Author" BEGIN
    DELETE FROM "ArticleSearch" WHERE articleId IN (SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id");
    INSERT INTO "ArticleSearch" (articleId, title, standfirst, body, tags, authors)
    SELECT articleId, title, standfirst, body, tags, authors FROM "ArticleSearchSource"
    WHERE articleId IN (SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id");
END;
