// From evidence to a filing (issue 10): the draft statement to the court, the dates that matter and
// the sealed hand-over for her lawyer, in the same { input, output } shape as shared/contract.ts, which spreads
// them into `contract` (so IPC, the browser harness and the CLI carry them unchanged).
import { z } from 'zod';
import { Id } from './domain';
import { method, Nothing, Path } from './contractParts';
import { DatedItem, ImportantDate, ImportantDateDraft } from './dates';
import { DossierOptions } from './dossierOptions';

/** Where the statement is filed: the law it follows (art. 318 UPK RF or art. 426 UPK RB). */
export const JURISDICTIONS = ['by', 'ru'] as const;
export const Jurisdiction = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** A Belarusian court takes a statement in Russian or Belarusian; a Russian court in Russian. */
export const STATEMENT_LANGUAGES = ['ru', 'be'] as const;
export const StatementLanguage = z.enum(STATEMENT_LANGUAGES);
export type StatementLanguage = z.infer<typeof StatementLanguage>;

export const StatementRequest = z
  .object({
    jurisdiction: Jurisdiction,
    language: StatementLanguage.default('ru'),
    /** The events the statement describes. Empty is refused with NO_ENTRIES_CHOSEN (a clear
     *  message, not a schema error). */
    entryIds: z.array(Id).max(1000).default([]),
    /** The person accused, when the chosen entries name more than one perpetrator. */
    accusedId: Id.optional(),
    /** The court's name, when she knows it; otherwise a marked blank. */
    court: z.string().trim().min(1).max(500).optional(),
    path: Path,
    force: z.boolean().default(false),
  })
  .strict();
export type StatementRequest = z.infer<typeof StatementRequest>;

export const StatementResult = z.object({
  path: z.string(),
  bytes: z.number().int(),
  /** The stable numbers of the entries described, in the order they appear. */
  exhibits: z.array(z.number().int()),
  witnesses: z.number().int(),
  /** Blanks left for her to fill in (passport details, the court, …). */
  blanks: z.number().int(),
});
export type StatementResult = z.infer<typeof StatementResult>;

/** The sealed hand-over: the dossier chosen with the export's own options, plus the chosen
 *  entries' original files, in one age file (main/handover/). */
export const HandoverRequest = z.object({ options: DossierOptions, path: Path, force: z.boolean().default(false) }).strict();
export type HandoverRequest = z.infer<typeof HandoverRequest>;

export const HandoverResult = z.object({
  path: z.string(),
  /** Made for this hand-over and shown once: nothing keeps it (not the vault, not the file). */
  passphrase: z.string(),
  /** SHA-256 of the .age file, for the lawyer to check it arrived whole. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int(),
  /** The dossier's fingerprint (SHA-256 of its manifest). */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int(),
  entries: z.number().int(),
  /** Original files packed beside the dossier. */
  originals: z.number().int(),
  /** Original files left out (all of them in a redacted hand-over). */
  originalsLeftOut: z.number().int(),
});
export type HandoverResult = z.infer<typeof HandoverResult>;

export const filingMethods = {
  /** Writes an editable .docx draft (never over an existing file unless `force`). */
  'statement.write': method(StatementRequest, StatementResult),
  /** Adds a date that matters (encrypted, ledgered); a range that ends before it starts is refused. */
  'dates.add': method(z.object({ draft: ImportantDateDraft }).strict(), ImportantDate),
  /** Every date, earliest first, with the days left counted today in its own zone. */
  'dates.list': method(Nothing, z.array(DatedItem)),
  /** Writes the sealed hand-over (never over an existing file unless `force`); the passphrase
   *  is in the result and nowhere else. */
  'handover.write': method(HandoverRequest, HandoverResult),
} as const;
