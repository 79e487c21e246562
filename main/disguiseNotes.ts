// The disguise's notes (shared/disguise.ts) in notes.json in the profile folder: plain text, on
// purpose. They are the decoy's own harmless notes, shown to anyone who opens the app; a key for them
// would have to sit beside them. Never evidence, never the passphrase (see NoteDraft).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { Note, NOTES_MAX, type NoteDraft } from '../shared/disguise';
import { DossierError } from '../shared/errors';

export interface NotesFile {
  list(): Note[];
  /** The note as kept, or null when its text is empty (then it is not kept, or no longer). */
  save(draft: z.infer<typeof NoteDraft>): Note | null;
  remove(id: string): void;
}

export function notesFile(file: string, now: () => number = () => Date.now()): NotesFile {
  function list(): Note[] {
    try {
      const parsed = z.array(Note).safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }
  function write(notes: Note[]): void {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(notes, null, 2), { mode: 0o600 });
    renameSync(temporary, file);
  }
  function remove(id: string): void {
    const notes = list();
    const kept = notes.filter((note) => note.id !== id);
    if (kept.length !== notes.length) write(kept);
  }
  return {
    list: () => list().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    save: (draft) => {
      const id = draft.id ?? `n_${randomBytes(8).toString('hex')}`;
      if (draft.text.trim() === '') {
        remove(id);
        return null;
      }
      const others = list().filter((note) => note.id !== id);
      if (others.length >= NOTES_MAX) throw new DossierError('INVALID_INPUT', { field: 'notes' });
      const note: Note = { id, title: draft.title, text: draft.text, updatedAt: new Date(now()).toISOString() };
      write([note, ...others]);
      return note;
    },
    remove,
  };
}
