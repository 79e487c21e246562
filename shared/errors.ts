// Stable error codes shared by the service, IPC, the UI and the CLI.
// The codes are a public contract (CLI output, acceptance checks): add, never rename.
// Details must never carry evidence text or a path inside the vault.

export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'VAULT_NOT_FOUND',
  'VAULT_CORRUPT',
  'VAULT_EXISTS',
  'VAULT_FROM_NEWER_VERSION',
  'VAULT_BUSY',
  'VAULT_LOCKED',
  'VAULT_ALREADY_OPEN',
  'NOT_FOUND',
  'FILE_NOT_FOUND',
  'FILE_TOO_LARGE',
  'NOT_A_FILE',
  'DISK_FULL',
  'INVALID_INPUT',
  'IMPORT_UNRECOGNISED',
  'IMPORT_MALFORMED',
  'IMPORT_AMBIGUOUS_DATE_ORDER',
  'EXPORT_FAILED',
  'SERVICE_STOPPED',
  'VAULT_READ_ONLY',
  'VAULT_MOVED',
  'REDACTION_INCOMPLETE',
  'NO_ENTRIES_CHOSEN',
  'SEVERAL_ACCUSED',
  'WEAK_PASSPHRASE',
  'DRAFT_TOO_LARGE',
  'HANDOVER_DAMAGED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What `dossier verify` found when a dossier is not valid (its result's `code`, beside exit 3).
 *  Verdicts about a file, not failures of Dossier: never thrown. Stable like the codes above. */
export const VERIFY_VERDICTS = ['DOSSIER_ALTERED', 'DOSSIER_DAMAGED'] as const;
export type VerifyVerdict = (typeof VERIFY_VERDICTS)[number];
export const VERDICT_SENTENCES: Record<VerifyVerdict, string> = {
  DOSSIER_ALTERED: 'The dossier was changed after it was signed, is not signed, or was not signed with the expected certificate.',
  DOSSIER_DAMAGED: 'The file cannot be read as a dossier: it is damaged, cut off, or not a dossier at all.',
};

/** Plain English sentences; the UI has its own translations keyed by the same codes. */
export const ERROR_SENTENCES: Record<ErrorCode, string> = {
  WRONG_PASSPHRASE: 'The passphrase is not right for this vault (or the file is not a Dossier vault). Nothing was changed.',
  VAULT_NOT_FOUND: 'There is no vault at that place.',
  VAULT_CORRUPT: 'The vault file is damaged or incomplete and cannot be opened. Nothing was changed.',
  VAULT_EXISTS: 'A file already exists at that place. It was not touched; choose another name.',
  VAULT_FROM_NEWER_VERSION: 'This vault was made by a newer version of Dossier. Update Dossier to open it.',
  VAULT_BUSY: 'The vault is open in another window or program. Close it there first.',
  VAULT_LOCKED: 'The vault is locked. Unlock it first.',
  VAULT_ALREADY_OPEN: 'A vault is already open. Lock it first.',
  NOT_FOUND: 'That record does not exist in this vault.',
  FILE_NOT_FOUND: 'The file could not be found or read.',
  FILE_TOO_LARGE: 'The file is larger than the allowed limit.',
  NOT_A_FILE: 'That is a folder, not a file. Choose or drop the file itself.',
  DISK_FULL: 'The disk is full or could not be written to (was a USB stick removed?). Nothing was half-written; free some space or reconnect it and try again.',
  INVALID_INPUT: 'Some of the information is not valid.',
  IMPORT_UNRECOGNISED: 'This file is not a message export Dossier can read.',
  IMPORT_MALFORMED: 'The export file is damaged or incomplete. Nothing was imported.',
  IMPORT_AMBIGUOUS_DATE_ORDER: 'The dates in this export could be day-first or month-first. Choose the order.',
  EXPORT_FAILED: 'The dossier could not be written. No partial file was left.',
  VAULT_READ_ONLY: 'This vault is on a stick or in a folder that cannot be written to. It is open for reading and making a dossier; nothing can be changed in it there.',
  VAULT_MOVED: 'The vault file was moved or deleted while it was open, so nothing more was written to it. Make a backup now to keep what is in it, then lock and open it from where it is.',
  SERVICE_STOPPED: 'The part of Dossier that holds the vault stopped unexpectedly, so the vault is locked. Unlock it again; what was saved is kept.',
  REDACTION_INCOMPLETE: 'Something that was to be removed could still be found in the finished dossier, so no file was written.',
  NO_ENTRIES_CHOSEN: 'Choose at least one entry to describe in the statement. Nothing was written.',
  SEVERAL_ACCUSED: 'The chosen entries name more than one person who hurt you. A statement is against one person: choose which one. Nothing was written.',
  WEAK_PASSPHRASE:
    'That passphrase is too easy to guess (a common password, a name, a word with a year, a keyboard row). Nothing was changed. Choose four or five words that have nothing to do with each other or with you (not a saying, a song line or a name), in any language.',
  DRAFT_TOO_LARGE: 'What you are writing is longer than an entry may be, so it was not kept as a draft. It is still on the screen: shorten it, or split it into two entries.',
  HANDOVER_DAMAGED: 'The hand-over file is damaged, cut off or changed, so it cannot be opened whole. Nothing was written; ask for the file again.',
  INTERNAL: 'Something went wrong inside Dossier. Nothing was changed.',
};

export type ErrorDetails = Record<string, string | number | boolean | null>;

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}) {
    super(`${code}: ${ERROR_SENTENCES[code]}`);
    this.name = 'DossierError';
    this.code = code;
    this.details = details;
  }
}

export function isDossierError(value: unknown): value is DossierError {
  return value instanceof DossierError;
}

/** The serialisable shape that crosses IPC / HTTP. */
export interface ErrorPayload {
  code: ErrorCode;
  details: ErrorDetails;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Anything thrown that is not already a DossierError becomes INTERNAL, with no message kept
 *  (a raw message could contain a path or evidence text). */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (isDossierError(error)) return { code: error.code, details: error.details };
  return { code: 'INTERNAL', details: {} };
}

export function fromErrorPayload(payload: ErrorPayload): DossierError {
  return new DossierError(payload.code, payload.details);
}
