-- The search index's vocabulary: one row per term, read by lib/search/queries.ts to turn the
-- prefix match on a query's last word into the terms it covers ("polic" → "police", "policy").
-- FTS5 answers a prefix longer than its prefix indexes (2 and 3 characters) by merging every
-- covered term's list into one before it returns a row, each time the MATCH runs: "comp*"
-- took 84 ms on 100,000 stories, its 39 terms as an OR 10 ms.
--
-- Hand-written, like the index itself (prisma/migrations/20261129010000_search): fts5vocab
-- reads "ArticleSearch" when queried and stores nothing of its own.

CREATE VIRTUAL TABLE "ArticleSearchVocabulary" USING fts5vocab("ArticleSearch", 'row');
