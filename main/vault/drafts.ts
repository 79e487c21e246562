// The entry she is writing, kept in the vault as she types (migration 5). Drafts are not evidence:
// they change at every pause in typing and most are thrown away or become an entry, so they get no
// ledger link. The ledger records what she saved (the entry, with its time); a link per keystroke
// pause would bury those links, record when and how much she typed, and make a discarded draft
// permanent in the chain. secure_delete is on for the connection, so an overwritten or discarded
// draft's old text is zeroed in the file, not left in free pages.
import { DossierError } from '../../shared/errors';
import { DRAFT_TEXT_LIMIT, DraftForm, type DraftKey, type SavedDraft } from '../../shared/drafts';
import type { Db } from './sqlite';

export async function saveDraft(db: Db, key: DraftKey, form: DraftForm, savedAt: string): Promise<void> {
  if ([...form.text].length > DRAFT_TEXT_LIMIT) throw new DossierError('DRAFT_TOO_LARGE', { limit: DRAFT_TEXT_LIMIT });
  await db.run('INSERT OR REPLACE INTO drafts (key, form, saved_at) VALUES (?, ?, ?)', [key, JSON.stringify(form), savedAt]);
}

/** Newest first. A row that no longer parses (a later version's fields) is left out, not fatal. */
export async function listDrafts(db: Db): Promise<SavedDraft[]> {
  const rows = await db.all<{ key: string; form: string; saved_at: string }>('SELECT key, form, saved_at FROM drafts ORDER BY saved_at DESC');
  return rows.flatMap((row) => {
    try {
      const form = DraftForm.safeParse(JSON.parse(row.form));
      return form.success ? [{ key: row.key as DraftKey, form: form.data, savedAt: row.saved_at }] : [];
    } catch {
      return [];
    }
  });
}

export async function discardDraft(db: Db, key: DraftKey): Promise<void> {
  await db.run('DELETE FROM drafts WHERE key = ?', [key]);
}
