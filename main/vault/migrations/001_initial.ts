// Migration 1: the first schema. Append-only: never edit a released migration, add the next one.
export const version = 1;

export const sql = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE people (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT NOT NULL UNIQUE,
  data       TEXT NOT NULL            -- Person as JSON, validated by zod on read
) STRICT;

-- One row per entry: its current version. Columns beside "data" exist for filtering and sorting
-- and are checked against "data" by verify.
CREATE TABLE entries (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,   -- recorded order, breaks ties between equal times
  id           TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL,
  occurred_at  TEXT NOT NULL,                       -- UTC ISO instant
  occurred_end TEXT,
  version      INTEGER NOT NULL,
  archived     INTEGER NOT NULL DEFAULT 0,
  data         TEXT NOT NULL                        -- EntryRecord as JSON
) STRICT;
CREATE INDEX entries_by_time ON entries (occurred_at, seq);

CREATE TABLE entry_people (
  entry_id  TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  person_id TEXT NOT NULL,
  PRIMARY KEY (entry_id, person_id)
) STRICT;
CREATE INDEX entry_people_by_person ON entry_people (person_id);

-- Every earlier version of an entry. An edit adds a row here; nothing but "destroy" removes one.
CREATE TABLE entry_revisions (
  entry_id    TEXT NOT NULL,
  version     INTEGER NOT NULL,
  replaced_at TEXT NOT NULL,
  data        TEXT NOT NULL,
  PRIMARY KEY (entry_id, version)
) STRICT;

CREATE TABLE attachments (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT NOT NULL UNIQUE,
  entry_id   TEXT NOT NULL,
  data       TEXT NOT NULL,                         -- Attachment metadata as JSON
  chunks     INTEGER NOT NULL
) STRICT;
CREATE INDEX attachments_by_entry ON attachments (entry_id, seq);

-- File bytes in 1 MiB chunks, so neither intake nor read-back needs the whole file in memory.
CREATE TABLE attachment_chunks (
  attachment_id TEXT NOT NULL,
  n             INTEGER NOT NULL,
  bytes         BLOB NOT NULL,
  PRIMARY KEY (attachment_id, n)
) STRICT;

CREATE TABLE imports (
  id         TEXT PRIMARY KEY,
  entry_id   TEXT NOT NULL,
  data       TEXT NOT NULL                          -- format, settings, counts, original attachment id
) STRICT;

-- Messages and calls of a stalking log. batch_id groups the messages written together (one import,
-- or one typed message) so the ledger can hash them as a group.
CREATE TABLE messages (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  id          TEXT NOT NULL UNIQUE,
  entry_id    TEXT NOT NULL,
  batch_id    TEXT NOT NULL,
  sent_at     TEXT NOT NULL,
  dedupe_key  TEXT NOT NULL,
  data        TEXT NOT NULL,
  UNIQUE (entry_id, dedupe_key)
) STRICT;
CREATE INDEX messages_by_entry ON messages (entry_id, sent_at, seq);
CREATE INDEX messages_by_batch ON messages (batch_id, seq);

-- Append-only hash chain over every change: hash = sha256(prev_hash ‖ canonical JSON of the link).
CREATE TABLE ledger (
  seq          INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  event        TEXT NOT NULL,
  subject      TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
) STRICT;
CREATE INDEX ledger_by_subject ON ledger (subject, seq);

-- Full-text search (FTS5): one index for entries and one for messages, each row keyed by its
-- entry's or message's seq (rowid), so replacing or removing a text is a rowid lookup, not a scan.
-- Text is folded before it goes in (ё→е); unicode61 with remove_diacritics 2 folds case (STACK.md).
CREATE VIRTUAL TABLE entry_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE message_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
`;
