-- The history of each entry: the commits that changed its file, read from git at build time
-- (src/build/history-fs.ts). Empty when the build ran without git history; pages then show the
-- review date instead.
CREATE TABLE entry_changes (
  slug TEXT NOT NULL REFERENCES entries (slug),
  -- 0 is the newest change.
  position INTEGER NOT NULL,
  commit_sha TEXT NOT NULL,
  -- Commit time, ISO 8601 with offset.
  committed_at TEXT NOT NULL,
  -- First line of the commit message.
  message TEXT NOT NULL,
  -- 'added' when the commit created the file, else 'modified'.
  change TEXT NOT NULL,
  PRIMARY KEY (slug, position)
);
CREATE INDEX entry_changes_time ON entry_changes (committed_at);
