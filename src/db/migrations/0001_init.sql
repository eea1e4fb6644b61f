-- Tussenruimte build database. Written only by the build (npm run build / the D1 seed);
-- the app only reads it. The same file is applied by Node (better-sqlite3) and by wrangler d1.

CREATE TABLE entries (
  slug TEXT PRIMARY KEY NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('rule', 'workaround', 'case', 'page')),
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

-- Directed links between entries: related (rule → rule), rule (workaround/case → rule), workaround (case → workaround).
CREATE TABLE links (
  from_slug TEXT NOT NULL REFERENCES entries (slug),
  to_slug TEXT NOT NULL REFERENCES entries (slug),
  relation TEXT NOT NULL CHECK (relation IN ('related', 'rule', 'workaround')),
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

CREATE TABLE build_info (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
