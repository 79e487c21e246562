// Migration 7: the words read from image attachments (OCR, issue 14 item 6), kept encrypted like
// everything else, searchable, and ledgered under their own subject so verify-vault sees a change.
// The search table forgets destroyed text at once, as the other two do since migration 4.
// Append-only: never edit a released migration, add the next one.
export const version = 7;

export const sql = `
CREATE TABLE recognised_text (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  attachment_id TEXT NOT NULL UNIQUE REFERENCES attachments (id),
  entry_id      TEXT NOT NULL,
  data          TEXT NOT NULL
);
CREATE INDEX recognised_text_by_entry ON recognised_text (entry_id);
CREATE VIRTUAL TABLE attachment_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO attachment_search (attachment_search, rank) VALUES ('secure-delete', 1);
`;
