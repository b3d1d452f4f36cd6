-- Full-text search over articles with PostgreSQL's text search (lib/search/queries.ts reads it);
-- the PostgreSQL form of prisma/migrations/20261129010000_search and …_scale, with the same
-- results: every word must match, the last also as a prefix, case and diacritics ignored, a
-- match in the headline worth most.
--
-- Hand-written: Prisma does not model any of this, so schema.prisma does not mention it, and
-- the schema check (scripts/lib/migrate-postgres.int.test.ts) leaves these objects out.
--
-- One document row per article whatever its status: the public query joins "Article" and filters
-- on publication, so publishing and unpublishing need no index change. "id" grows each time an
-- article is re-indexed: the search ranks its newest SEARCH_RANKED_MATCHES matches by it.
--
-- Words: the text is cut at every character that is not a letter or a digit, as SQLite's
-- unicode61 tokenizer does ("gpt-5" is the words "gpt" and "5"), then each word is folded by
-- `unaccent` and lower-cased ("Žinios" → "zinios"). This needs a database whose LC_CTYPE is a
-- UTF-8 locale (docs/postgresql.md); the check below refuses one that is not.
--
-- FOR LATER MIGRATIONS: the triggers below keep "ArticleSearchDocument" in step with "Article",
-- "ArticleTag", "ArticleAuthor", "Tag" and "Author"; a migration that renames one of the columns
-- they read must re-create "ArticleSearchSource" and rebuild with SELECT "ArticleSearch_refresh"(array_agg("id")) FROM "Article";

DO $$
BEGIN
    IF current_setting('lc_ctype') IN ('C', 'POSIX') OR pg_char_to_encoding(current_setting('server_encoding')) <> pg_char_to_encoding('UTF8') THEN
        RAISE EXCEPTION 'Masthead''s search needs a UTF-8 database with a UTF-8 LC_CTYPE (this one: %, %); see docs/postgresql.md',
            current_setting('server_encoding'), current_setting('lc_ctype');
    END IF;
END
$$;

CREATE EXTENSION IF NOT EXISTS unaccent;

-- The words of a text, as the index and the queries (to_tsquery on the same configuration) see them.
CREATE TEXT SEARCH CONFIGURATION "masthead_search" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION "masthead_search"
    ALTER MAPPING FOR asciiword, word, numword, hword_asciipart, hword_part, hword_numpart WITH unaccent, simple;
-- A hyphenated word is indexed as its parts only, as SQLite indexes it.
ALTER TEXT SEARCH CONFIGURATION "masthead_search" DROP MAPPING FOR asciihword, hword, numhword;

-- The text of one field as words separated by spaces: punctuation, symbols and markup are cut out.
CREATE FUNCTION "masthead_search_words"(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT regexp_replace($1, '[^[:alnum:]]+', ' ', 'g') $$;

-- What the index holds for each article: the text fields (the body as plain text, derived from the
-- Markdown at save) plus the names of its tags and authors.
CREATE VIEW "ArticleSearchSource" AS
SELECT
    a."id" AS "articleId",
    a."title" AS "title",
    a."standfirst" AS "standfirst",
    a."plainText" AS "body",
    coalesce((SELECT string_agg(t."name", ', ' ORDER BY j."position", t."name") FROM "ArticleTag" j JOIN "Tag" t ON t."id" = j."tagId" WHERE j."articleId" = a."id"), '') AS "tags",
    coalesce((SELECT string_agg(w."name", ', ' ORDER BY j."position", w."name") FROM "ArticleAuthor" j JOIN "Author" w ON w."id" = j."authorId" WHERE j."articleId" = a."id"), '') AS "authors"
FROM "Article" a;

CREATE SEQUENCE "ArticleSearchDocument_id_seq" AS bigint;

CREATE TABLE "ArticleSearchDocument" (
    "id" BIGINT NOT NULL DEFAULT nextval('"ArticleSearchDocument_id_seq"') PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    -- Weights for ts_rank: the headline A, the standfirst B, tags and authors C, the body D.
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('masthead_search', "masthead_search_words"("title")), 'A') ||
        setweight(to_tsvector('masthead_search', "masthead_search_words"("standfirst")), 'B') ||
        setweight(to_tsvector('masthead_search', "masthead_search_words"("tags" || ' ' || "authors")), 'C') ||
        setweight(to_tsvector('masthead_search', "masthead_search_words"("body")), 'D')
    ) STORED
);
ALTER SEQUENCE "ArticleSearchDocument_id_seq" OWNED BY "ArticleSearchDocument"."id";
CREATE UNIQUE INDEX "ArticleSearchDocument_articleId_key" ON "ArticleSearchDocument"("articleId");
CREATE INDEX "ArticleSearchDocument_document_idx" ON "ArticleSearchDocument" USING gin ("document");

-- Re-indexes the given articles: their rows replaced from "ArticleSearchSource" with a new "id",
-- or removed when the article is gone. Concurrent writers to one article's tags or authors take
-- turns on an advisory lock per article, and each reads the source after the previous one
-- committed (every statement of a VOLATILE function sees what committed before it began), so
-- none writes an index row that leaves out another's change.
CREATE FUNCTION "ArticleSearch_refresh"(ids text[]) RETURNS void
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('ArticleSearch:' || id, 0))
    FROM (SELECT DISTINCT unnest(ids) AS id ORDER BY 1) AS sorted;

    DELETE FROM "ArticleSearchDocument" d
    WHERE d."articleId" = ANY (ids) AND NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = d."articleId");

    INSERT INTO "ArticleSearchDocument" ("articleId", "title", "standfirst", "body", "tags", "authors")
    SELECT s."articleId", s."title", s."standfirst", s."body", s."tags", s."authors"
    FROM "ArticleSearchSource" s WHERE s."articleId" = ANY (ids)
    ON CONFLICT ("articleId") DO UPDATE SET
        "id" = nextval('"ArticleSearchDocument_id_seq"'),
        "title" = EXCLUDED."title",
        "standfirst" = EXCLUDED."standfirst",
        "body" = EXCLUDED."body",
        "tags" = EXCLUDED."tags",
        "authors" = EXCLUDED."authors";
END
$$;

-- Articles: re-indexed only when an indexed field changes, so the frequent counter updates
-- (commentCount) and workflow changes (status, publishedAt) cost nothing.
CREATE FUNCTION "ArticleSearch_article_changed"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "ArticleSearch_refresh"(ARRAY[NEW."id"]);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM "ArticleSearch_refresh"(ARRAY[OLD."id", NEW."id"]);
    ELSE
        PERFORM "ArticleSearch_refresh"(ARRAY[OLD."id"]);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "ArticleSearch_article_insert" AFTER INSERT ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "ArticleSearch_article_changed"();
CREATE TRIGGER "ArticleSearch_article_update" AFTER UPDATE OF "id", "title", "standfirst", "plainText" ON "Article"
    FOR EACH ROW
    WHEN (OLD."id" IS DISTINCT FROM NEW."id" OR OLD."title" IS DISTINCT FROM NEW."title"
          OR OLD."standfirst" IS DISTINCT FROM NEW."standfirst" OR OLD."plainText" IS DISTINCT FROM NEW."plainText")
    EXECUTE FUNCTION "ArticleSearch_article_changed"();
CREATE TRIGGER "ArticleSearch_article_delete" AFTER DELETE ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "ArticleSearch_article_changed"();

-- Tag and author links: once per statement, for every article the statement touched
-- (saving a story replaces its links in one statement each).
CREATE FUNCTION "ArticleSearch_links_inserted"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "ArticleSearch_refresh"(ARRAY(SELECT DISTINCT "articleId" FROM new_links));
    RETURN NULL;
END
$$;

CREATE FUNCTION "ArticleSearch_links_deleted"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "ArticleSearch_refresh"(ARRAY(SELECT DISTINCT "articleId" FROM old_links));
    RETURN NULL;
END
$$;

CREATE FUNCTION "ArticleSearch_links_updated"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "ArticleSearch_refresh"(ARRAY(SELECT "articleId" FROM old_links UNION SELECT "articleId" FROM new_links));
    RETURN NULL;
END
$$;

CREATE TRIGGER "ArticleSearch_tag_link_insert" AFTER INSERT ON "ArticleTag"
    REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "ArticleSearch_links_inserted"();
CREATE TRIGGER "ArticleSearch_tag_link_delete" AFTER DELETE ON "ArticleTag"
    REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "ArticleSearch_links_deleted"();
CREATE TRIGGER "ArticleSearch_tag_link_update" AFTER UPDATE ON "ArticleTag"
    REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "ArticleSearch_links_updated"();
CREATE TRIGGER "ArticleSearch_author_link_insert" AFTER INSERT ON "ArticleAuthor"
    REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "ArticleSearch_links_inserted"();
CREATE TRIGGER "ArticleSearch_author_link_delete" AFTER DELETE ON "ArticleAuthor"
    REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "ArticleSearch_links_deleted"();
CREATE TRIGGER "ArticleSearch_author_link_update" AFTER UPDATE ON "ArticleAuthor"
    REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "ArticleSearch_links_updated"();

-- A renamed tag or author re-indexes every article that carries it. (Neither can be deleted
-- while an article uses it: both links are ON DELETE RESTRICT.)
CREATE FUNCTION "ArticleSearch_tag_renamed"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "ArticleSearch_refresh"(ARRAY(SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id"));
    RETURN NULL;
END
$$;

CREATE FUNCTION "ArticleSearch_author_renamed"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "ArticleSearch_refresh"(ARRAY(SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id"));
    RETURN NULL;
END
$$;

CREATE TRIGGER "ArticleSearch_tag_rename" AFTER UPDATE OF "name" ON "Tag"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "ArticleSearch_tag_renamed"();
CREATE TRIGGER "ArticleSearch_author_rename" AFTER UPDATE OF "name" ON "Author"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "ArticleSearch_author_renamed"();
