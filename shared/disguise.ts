// The disguise's own small world: the harmless notes she keeps in the notes app that stands in front
// of Dossier while it is locked, and the one gesture that opens the vault from there (her passphrase
// typed where a note's title goes, then Enter). Carried by appMethods (shared/appContract.ts).
import { z } from 'zod';
import { VaultInfo } from './contract';
import { Passphrase } from './contractParts';
import { PickedFile } from './fileHandles';

export const NOTE_TITLE_MAX = 500;
export const NOTE_TEXT_MAX = 100_000;
export const NOTES_MAX = 1000;

const NoteId = z.string().regex(/^n_[0-9a-f]{16}$/);

/** A harmless note of the disguise: kept in plain text in the profile folder (README says so). */
export const Note = z.object({
  id: NoteId,
  title: z.string().max(NOTE_TITLE_MAX),
  text: z.string().min(1).max(NOTE_TEXT_MAX),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof Note>;

/** A note as it is written. Empty text means "no note": a note is kept only once it has text, so a
 *  title alone (a mistyped passphrase, say) never reaches the disk. */
export const NoteDraft = z
  .object({ id: NoteId.optional(), title: z.string().max(NOTE_TITLE_MAX), text: z.string().max(NOTE_TEXT_MAX) })
  .strict();

/** The gesture: null whatever went wrong before her passphrase was recognised (so a wrong one looks
 *  like nothing happened); the vault she opened, as a handle, when it was. */
export const DisguisedUnlockInput = z.object({ passphrase: Passphrase }).strict();
export const DisguisedUnlockResult = z.object({ vault: PickedFile, info: VaultInfo }).nullable();
