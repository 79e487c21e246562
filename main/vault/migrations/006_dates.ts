// Migration 6 (issue 10, item 2): the dates that matter — protection orders, hearings, deadlines —
// kept encrypted in the vault like everything else, each one a link in the ledger (event
// 'date-add', subject date:<id>) that verify-vault checks against the stored row.
// Append-only: never edit a released migration, add the next one.
export const version = 6;

export const sql = `
CREATE TABLE dates (
  seq   INTEGER PRIMARY KEY AUTOINCREMENT,
  id    TEXT NOT NULL UNIQUE,
  data  TEXT NOT NULL            -- ImportantDate as canonical JSON, validated by zod on read
) STRICT;
`;
