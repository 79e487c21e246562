// Drafts of entries being typed. Two places, never the browser's storage (localStorage,
// sessionStorage, IndexedDB) and never a file of their own (PRODUCT.md "Safety": no plaintext on disk):
// - this page's memory, so moving between screens and an idle lock bring the editor back at once;
// - the vault, encrypted (drafts.save), a moment after she stops typing, and at once before a lock
//   and with quick exit (App.tsx), so a quick exit, a suspend, a reload or a closed window loses
//   nothing: after the next unlock the timeline says "you were writing this".
// Files chosen for the entry stay out of the saved draft: they are handles of this session only.
import { DRAFT_TEXT_LIMIT, type DraftForm, type DraftKey, type SavedDraft } from '../../shared/drafts';
import { dossier } from '../api';
import type { EntryForm } from '../screens/entryForm';

/** Saved after this pause in typing: short enough that a lid closed mid-sentence loses a word at most. */
const SAVE_PAUSE_MS = 400;

export type DraftSaveState = 'saved' | 'tooLarge' | 'notSaved';

const drafts = new Map<string, EntryForm>();
let owner: string | null = null;
/** The latest change not yet in the vault. */
let unsaved: { key: DraftKey; form: EntryForm } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<(key: string, state: DraftSaveState) => void>();

/** "new" for an entry not saved yet, otherwise the entry's id. */
export function draftKey(entryId: string | undefined): DraftKey {
  return entryId ?? 'new';
}

export function readDraft(key: string): EntryForm | undefined {
  return drafts.get(key);
}

function forVault(form: EntryForm): DraftForm {
  const { files: _files, ...fields } = form;
  return fields;
}

function tell(key: string, state: DraftSaveState): void {
  for (const listener of listeners) listener(key, state);
}

/** The editor hears whether its draft is in the vault (or too long to be kept). */
export function onDraftSaved(listener: (key: string, state: DraftSaveState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tooLarge(form: EntryForm): boolean {
  return form.text.length > DRAFT_TEXT_LIMIT && [...form.text].length > DRAFT_TEXT_LIMIT;
}

export function keepDraft(key: DraftKey, form: EntryForm): void {
  drafts.set(key, form);
  unsaved = { key, form };
  clearTimeout(timer);
  timer = setTimeout(() => void saveDraftNow(), SAVE_PAUSE_MS);
}

/** Writes the latest change into the vault now (before a lock). Never throws: a draft that cannot
 *  be kept (too long, a read-only stick) stays on screen and in memory, and the editor says so. */
export async function saveDraftNow(): Promise<void> {
  clearTimeout(timer);
  const pending = unsaved;
  unsaved = null;
  if (pending === null) return;
  if (tooLarge(pending.form)) return tell(pending.key, 'tooLarge');
  try {
    await dossier['drafts.save']({ key: pending.key, form: forVault(pending.form) });
    tell(pending.key, 'saved');
  } catch (error) {
    tell(pending.key, (error as { code?: unknown }).code === 'DRAFT_TOO_LARGE' ? 'tooLarge' : 'notSaved');
  }
}

// Suspend and screen lock come from the operating system to the main process, which locks the vault
// at once; it first asks this page to save what was typed in the last moment (main/electron/app.ts).
(globalThis as { dossierSaveDraft?: () => Promise<void> }).dossierSaveDraft = saveDraftNow;

/** For quick exit: the change not yet saved, to go with the exit call (saved after the window is
 *  hidden, so the exit never waits for it). */
export function takeUnsavedDraft(): { key: DraftKey; form: DraftForm } | undefined {
  clearTimeout(timer);
  const pending = unsaved;
  unsaved = null;
  if (pending === null || tooLarge(pending.form)) return undefined;
  return { key: pending.key, form: forVault(pending.form) };
}

export function dropDraft(key: DraftKey): void {
  drafts.delete(key);
  if (unsaved?.key === key) unsaved = null;
  void dossier['drafts.discard']({ key }).catch(() => undefined);
}

/** After unlock: what she was writing when the app last closed, newest first; the editor finds
 *  them in memory too. A draft already in memory (an idle lock of this session) is newer. */
export async function loadDrafts(): Promise<SavedDraft[]> {
  const saved = await dossier['drafts.list']({});
  for (const draft of saved) if (!drafts.has(draft.key)) drafts.set(draft.key, { ...draft.form, files: [] });
  return saved;
}

/** Drafts belong to one vault: unlocking another one (or none) must not show them. */
export function claimDrafts(vaultKey: string): void {
  if (owner !== vaultKey) drafts.clear();
  owner = vaultKey;
}

export function wipeDrafts(): void {
  clearTimeout(timer);
  unsaved = null;
  drafts.clear();
  owner = null;
}
