// What goes into an exported dossier, and how it reads: the ONE options schema shared by the
// service, the CLI and the UI (issue 3, item 1). Pure zod: no Node, no DOM.
import { z } from 'zod';
import { EntryKind, Id, TimeZone, UtcInstant } from './domain';

export const DOSSIER_LANGUAGES = ['ru', 'en', 'be', 'uk'] as const;
export const DossierLanguage = z.enum(DOSSIER_LANGUAGES);
export type DossierLanguage = z.infer<typeof DossierLanguage>;

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const PaperSize = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof PaperSize>;

const line = (max: number) => z.string().trim().min(1).max(max);

/** A copy that removes anything is one made for the other side (the app shows the GPS box ticked then). */
export function isCopyForOthers(r: { survivorContacts: boolean; witnessContacts: boolean; helperNames: boolean; strings: readonly string[]; personIds: readonly string[] }): boolean {
  return r.survivorContacts || r.witnessContacts || r.helperNames || r.strings.length > 0 || r.personIds.length > 0;
}

/** What is taken out before export. Removed values are gone from the file (text, manifest,
 *  metadata), not painted over: a PDF reader cannot bring them back. */
export const Redactions = z
  .object({
    /** Contact details (address, phone, e-mail) of people marked as the survivor, wherever they appear. */
    survivorContacts: z.boolean().default(false),
    /** Contact details of witnesses, wherever they appear. */
    witnessContacts: z.boolean().default(false),
    /** Names of helpers and support workers are replaced by "Helper 1", "Helper 2"… */
    helperNames: z.boolean().default(false),
    /** GPS positions read from photos (they can point at a home or a shelter). */
    photoLocations: z.boolean().default(false),
    /** Any other words or phrases to remove everywhere: whole words, any case, ё and е alike. */
    strings: z.array(line(500)).max(200).default([]),
    /** People removed everywhere: every case of their names, initials with the surname, each
     *  contact in any written form, their address (issue 9, item 3). */
    personIds: z.array(Id).max(200).default([]),
  })
  .strict()
  // A copy that removes anything is made for the other side (in a private prosecution the accused
  // receives one), so it never says where her photos were taken, ticked or not: the position can
  // point at the place where she now lives.
  .transform((r) => ({ ...r, photoLocations: r.photoLocations || isCopyForOthers(r) }));
export type Redactions = z.infer<typeof Redactions>;

export const DossierOptions = z
  .object({
    language: DossierLanguage.default('ru'),
    paper: PaperSize.default('A4'),
    /** The period: entries that happened (or whose span reaches) between these instants. */
    from: UtcInstant.optional(),
    to: UtcInstant.optional(),
    /** Entry kinds to include; absent or empty = all three. */
    kinds: z.array(EntryKind).max(3).optional(),
    /** Only entries that involve at least one of these people; absent or empty = everyone. */
    personIds: z.array(Id).max(200).optional(),
    /** Individual entries left out. */
    excludeEntryIds: z.array(Id).max(100_000).default([]),
    includeArchived: z.boolean().default(false),
    redact: Redactions.default({ survivorContacts: false, witnessContacts: false, helperNames: false, photoLocations: false, strings: [], personIds: [] }),
    caseReference: line(200).optional(),
    preparedBy: line(200).optional(),
    recipient: line(300).optional(),
    purpose: line(1000).optional(),
    /** Zone for the dossier's own dates (export time, the period on the cover). Event times are
     *  always shown in each event's own zone. */
    zone: TimeZone.optional(),
  })
  .strict()
  .refine((o) => o.from === undefined || o.to === undefined || o.from <= o.to, { message: 'the period ends before it starts', path: ['to'] });
export type DossierOptions = z.infer<typeof DossierOptions>;
export type DossierOptionsInput = z.input<typeof DossierOptions>;
