// Migration 3: every entry gets a number (1, 2, 3…) that is never reused, so "Запись 17,
// приложение № 17.2" means the same thing in every dossier exported from the vault, whatever the
// filter (issue 9, item 4). Existing entries are numbered in the order they were created (seq).
// Append-only: never edit a released migration, add the next one.
export const version = 3;

export const sql = `
ALTER TABLE entries ADD COLUMN number INTEGER;
UPDATE entries SET number = (SELECT count(*) FROM entries e2 WHERE e2.seq <= entries.seq);
CREATE UNIQUE INDEX entries_by_number ON entries (number);
-- The highest number ever given: a destroyed entry's number is not given again.
INSERT INTO meta (key, value) VALUES ('last_entry_number', CAST((SELECT coalesce(max(number), 0) FROM entries) AS TEXT));
`;
