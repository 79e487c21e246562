// Migration 5: the entry she is writing, kept as she types (issue 11, item 3), so quick exit, a lock,
// a suspend or a closed window loses nothing — inside the vault, encrypted like everything else,
// never in the browser's storage or a file beside it. One row per entry being written ("new" for an
// entry not saved yet, otherwise the entry's id). Not evidence: no ledger link (see vault/drafts.ts).
// Append-only: never edit a released migration, add the next one.
export const version = 5;

export const sql = `
CREATE TABLE drafts (
  key      TEXT PRIMARY KEY,  -- 'new' or the id of the entry being edited
  form     TEXT NOT NULL,     -- the editor's fields as JSON (shared/drafts.ts DraftForm)
  saved_at TEXT NOT NULL      -- UTC ISO 8601
);
`;
