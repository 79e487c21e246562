// Drafts of entries being typed, kept ONLY in this page's memory: never localStorage, never
// sessionStorage, never a file (PRODUCT.md "Safety": no plaintext on disk). They survive moving
// between screens and an idle auto-lock of the same vault; quick exit and closing the app wipe them.
import type { EntryForm } from '../screens/entryForm';

const drafts = new Map<string, EntryForm>();
let owner: string | null = null;

/** "new" for an entry not saved yet, otherwise the entry's id. */
export function draftKey(entryId: string | undefined): string {
  return entryId ?? 'new';
}

export function readDraft(key: string): EntryForm | undefined {
  return drafts.get(key);
}

export function keepDraft(key: string, form: EntryForm): void {
  drafts.set(key, form);
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}

/** Drafts belong to one vault: unlocking another one (or none) must not show them. */
export function claimDrafts(vaultKey: string): void {
  if (owner !== vaultKey) drafts.clear();
  owner = vaultKey;
}

export function wipeDrafts(): void {
  drafts.clear();
  owner = null;
}
