import type { ErrorCode } from '../../../shared/errors';

export const errors = {
  WRONG_PASSPHRASE: 'This passphrase did not open the vault (or the file is not a Dossier vault). Nothing was changed.',
  VAULT_NOT_FOUND: 'There is no vault at that place. Check the location.',
  VAULT_CORRUPT: 'The vault file is damaged or incomplete and cannot be opened. Nothing was changed. If you have a backup, restore it.',
  VAULT_EXISTS: 'There is already a file at that place. It was not touched. Choose another name.',
  VAULT_FROM_NEWER_VERSION: 'This vault was made by a newer version of Dossier. Update Dossier to open it.',
  VAULT_BUSY: 'The vault is open in another window or program. Close it there first.',
  VAULT_LOCKED: 'The vault is locked. Unlock it first.',
  VAULT_ALREADY_OPEN: 'A vault is already open. Lock it first.',
  NOT_FOUND: 'That record is not in this vault.',
  FILE_NOT_FOUND: 'The file could not be found or read. Check its location.',
  FILE_TOO_LARGE: 'The file is too large.',
  DISK_FULL: 'The disk is full. Nothing was half-written. Free some space and try again.',
  INVALID_INPUT: 'Some of the information is not valid. Please check it.',
  IMPORT_UNRECOGNISED: 'This file is not a message export Dossier can read.',
  IMPORT_MALFORMED: 'The export file is damaged or incomplete. Nothing was imported.',
  IMPORT_AMBIGUOUS_DATE_ORDER: 'The dates in this export could be day-first or month-first. Please choose which.',
  EXPORT_FAILED: 'The dossier could not be written. No partial file was left.',
  REDACTION_INCOMPLETE: 'Something that was to be removed could still be found in the finished dossier, so no file was written.',
  INTERNAL: 'Something went wrong inside Dossier. Nothing was changed.',
} as const satisfies Record<ErrorCode, string>;
