// Migration 4: the search index forgets destroyed text. FTS5 keeps a deleted row's words in its
// index segments until a merge; with 'secure-delete' (SQLite 3.42+, a persistent setting kept in
// each table's %_config, not a CREATE option) a delete removes them from the segments at once.
// 'optimize' then merges every segment, rewriting away what earlier deletes left behind; the pages
// it frees are zeroed (PRAGMA secure_delete = ON, main/vault/connection.ts).
// Touches only the two FTS5 tables of migration 1, so it does not depend on migration 3.
// Append-only: never edit a released migration, add the next one.
export const version = 4;

export const sql = `
INSERT INTO entry_search (entry_search, rank) VALUES ('secure-delete', 1);
INSERT INTO message_search (message_search, rank) VALUES ('secure-delete', 1);
INSERT INTO entry_search (entry_search) VALUES ('optimize');
INSERT INTO message_search (message_search) VALUES ('optimize');
`;
