// A draft: the entry editor's fields as she left them, kept in the vault as she types. The fields
// are the form's own strings (not yet an EntryDraft: half-typed dates and amounts must survive too).
// Files chosen for the entry are not part of it: they are handles that mean nothing after a restart.
import { z } from 'zod';
import { EntryKind, Id, Precision, UtcInstant } from './domain';

/** What an entry's text may hold (domain.ts EntryDraft `text`): a longer draft could never be saved. */
export const DRAFT_TEXT_LIMIT = 200_000;

/** "new" for an entry not saved yet, otherwise the id of the entry being edited. */
export const DraftKey = z.union([z.literal('new'), Id]);
export type DraftKey = z.infer<typeof DraftKey>;

// Generous bounds for the short fields (the entry's own limits are checked when it is saved); the
// text is bounded loosely here so that one over the entry's limit reaches the service and is refused
// by name (DRAFT_TOO_LARGE) rather than as invalid input.
const short = z.string().max(20_000);
export const DraftForm = z
  .object({
    kind: EntryKind,
    date: short,
    time: short,
    zone: short,
    precision: Precision,
    endDate: short,
    endTime: short,
    title: short,
    text: z.string().max(DRAFT_TEXT_LIMIT * 4),
    place: short,
    categories: z.array(z.string().max(100)).max(50),
    personIds: z.array(Id).max(200),
    recordedBy: short,
    injuries: short,
    medicalHelp: short,
    policeDate: short,
    policeNumber: short,
    policeOutcome: short,
    childrenPresent: z.enum(['unknown', 'yes', 'no']),
    amount: short,
    currency: short,
  })
  .strict();
export type DraftForm = z.infer<typeof DraftForm>;

export const SavedDraft = z.object({ key: DraftKey, form: DraftForm, savedAt: UtcInstant });
export type SavedDraft = z.infer<typeof SavedDraft>;
