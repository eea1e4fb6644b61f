-- Summaries and bodies are now searched in the serialized search index (src/search/postings.ts),
-- in memory on both platforms: a common word matching most documents cost a database round trip
-- over all of them, the in-memory body index one loop over an array. The FTS5 table goes.
DROP TABLE IF EXISTS search_body;
