-- Full-text index of entry summaries and bodies for search. The build writes analysed terms
-- (folded, stemmed, compound parts added; see src/search/analyze.ts), so FTS5 only has to
-- split on spaces; '-', '&' and '+' stay inside terms (didam-arrest, m&o, sde++). Titles and
-- aliases are searched in memory (MiniSearch); summaries and bodies here, so the in-memory
-- index stays small as the corpus grows. D1 supports FTS5, so both platforms run the same query.
CREATE VIRTUAL TABLE search_body USING fts5(
  slug UNINDEXED,
  summary,
  terms,
  tokenize = "unicode61 tokenchars '-&+'",
  prefix = '2 3 4'
);
