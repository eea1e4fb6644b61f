-- The kinds of entry and the link fields are declared once, in the content-kind registry
-- (src/content/kinds.ts), and the build writes only declared values; the tables no longer repeat
-- them in CHECK constraints, so a new kind needs no table rebuild. The build database is always
-- written whole (npm run build, the D1 seed), so the tables are recreated empty.
DROP TABLE links;
DROP TABLE entry_facets;
DROP TABLE entry_references;
DROP TABLE entries;

CREATE TABLE entries (
  slug TEXT PRIMARY KEY NOT NULL,
  -- A kind declared in src/content/kinds.ts.
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  title_en TEXT,
  summary TEXT NOT NULL,
  summary_en TEXT,
  -- Body rendered to HTML once, at build time, with raw HTML escaped.
  body_html TEXT NOT NULL,
  -- The body as plain text, for search snippets.
  body_text TEXT NOT NULL,
  -- The validated front matter as JSON: the type-specific fields (kind, certainty, period, …).
  meta_json TEXT NOT NULL,
  last_reviewed TEXT NOT NULL,
  review_by TEXT,
  -- Repository-relative path of the source file, for "improve this page" links.
  source_path TEXT NOT NULL
);
CREATE INDEX entries_type ON entries (type, title);

-- Facet values per entry (domain, level, instrument, outcome, barrier, …), own or derived from linked rules.
CREATE TABLE entry_facets (
  slug TEXT NOT NULL REFERENCES entries (slug),
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (slug, facet, value)
);
CREATE INDEX entry_facets_value ON entry_facets (facet, value);

-- Directed links between entries, one per slug in a link field that the kind's registry entry declares.
CREATE TABLE links (
  from_slug TEXT NOT NULL REFERENCES entries (slug),
  to_slug TEXT NOT NULL REFERENCES entries (slug),
  -- The front-matter field that holds the link (related, rules, workarounds, …).
  relation TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (from_slug, to_slug, relation)
);
CREATE INDEX links_to ON links (to_slug, relation);

CREATE TABLE entry_references (
  slug TEXT NOT NULL REFERENCES entries (slug),
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  identifier TEXT,
  article TEXT,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  publisher TEXT,
  published TEXT,
  PRIMARY KEY (slug, position)
);
CREATE INDEX entry_references_identifier ON entry_references (identifier);
