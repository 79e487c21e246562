// The whole API the UI (and the CLI) may ask for: method name → input and output schemas.
// main/service.ts implements it once; IPC, the browser harness and the CLI carry it.
import { z } from 'zod';
import {
  Attachment,
  Entry,
  EntryDraft,
  EntryKind,
  FileIntegrity,
  Id,
  LedgerReport,
  Message,
  MessageDraft,
  Person,
  PersonDraft,
  RecognitionStatus,
  Revision,
  SearchHit,
  TimeZone,
  UtcInstant,
  VaultReport,
} from './domain';
import { method, Nothing, Passphrase, Path, type ApiOf } from './contractParts';
import { DraftForm, DraftKey, SavedDraft } from './drafts';
import { dossierMethods } from './dossierContract';
import { filingMethods } from './filingContract';
import { ImportCommit, ImportPreview, ImportResult, ImportSettings, ImportSource, PatternStats, SenderChoice } from './imports';

/** Bytes cross IPC and HTTP as base64 so every adapter carries them the same way. */
const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const VaultInfo = z.object({
  schemaVersion: z.number().int(),
  entries: z.number().int(),
  /** Opened from a stick or folder that cannot be written: reading and export only. */
  readOnly: z.boolean().default(false),
});
export const VaultStatus = z.object({ open: z.boolean() });

export const EntryFilter = z
  .object({
    kind: z.array(EntryKind).optional(),
    personId: Id.optional(),
    from: UtcInstant.optional(),
    to: UtcInstant.optional(),
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .strict();

export const EntryDetail = z.object({
  entry: Entry,
  revisions: z.number().int(),
  attachments: z.array(Attachment),
  people: z.array(Person),
});

/** A file to attach: a path on this computer (file picker, CLI) or its bytes (drag and drop). */
export const NewAttachment = z.union([
  z.object({ path: Path }).strict(),
  z.object({ fileName: z.string().min(1).max(500), base64: Base64 }).strict(),
]);

export const AttachmentSource = z.union([
  z.object({ entryId: Id, path: Path }).strict(),
  z.object({ entryId: Id, fileName: z.string().min(1).max(500), base64: Base64 }).strict(),
]);

/** Files that go in together with an entry or an edit, in the same transaction. */
const WithFiles = z.array(NewAttachment).max(100).default([]);


export const contract = {
  'vault.create': method(z.object({ path: Path, passphrase: Passphrase }).strict(), VaultInfo),
  'vault.open': method(z.object({ path: Path, passphrase: Passphrase }).strict(), VaultInfo),
  'vault.lock': method(Nothing, Nothing),
  'vault.status': method(Nothing, VaultStatus),
  'vault.changePassphrase': method(z.object({ current: Passphrase, next: Passphrase }).strict(), Nothing),
  /** Whether this passphrase is the open vault's (turning the disguise on must not lock her out).
   *  Never for the window directly: the main process asks it behind the unlock wait. */
  'vault.checkPassphrase': method(z.object({ passphrase: Passphrase }).strict(), z.object({ matches: z.boolean() })),
  'vault.verify': method(Nothing, VaultReport),
  /** Reads every page of the open vault (run after unlock, not during it): damage is found and said. */
  'vault.checkIntegrity': method(Nothing, FileIntegrity),
  /** An encrypted, self-contained copy (same passphrase) for a USB stick. Never replaces a file unless asked. */
  'vault.backup': method(z.object({ path: Path, overwrite: z.boolean().default(false) }).strict(), z.object({ path: Path, bytes: z.number().int() })),
  /** Verifies the backup in full with its passphrase, then writes it to `to`. Needs no open vault. */
  'vault.restore': method(
    z.object({ from: Path, passphrase: Passphrase, to: Path, overwrite: z.boolean().default(false) }).strict(),
    z.object({ path: Path, entries: z.number().int() }),
  ),

  'entries.create': method(z.object({ draft: EntryDraft, attachments: WithFiles }).strict(), Entry),
  /** Many entries in one transaction (bulk entry, restore from a spreadsheet): all or none. */
  'entries.createMany': method(z.object({ drafts: z.array(EntryDraft).min(1).max(10_000) }).strict(), z.object({ ids: z.array(Id) })),
  'entries.update': method(z.object({ id: Id, draft: EntryDraft, attachments: WithFiles }).strict(), Entry),
  'entries.get': method(z.object({ id: Id }).strict(), EntryDetail),
  'entries.list': method(EntryFilter, z.array(Entry)),
  'entries.archive': method(z.object({ id: Id, archived: z.boolean().default(true) }).strict(), Entry),
  'entries.destroy': method(z.object({ id: Id }).strict(), Nothing),
  'entries.revisions': method(z.object({ id: Id }).strict(), z.array(Revision)),

  'people.create': method(z.object({ draft: PersonDraft }).strict(), Person),
  'people.update': method(z.object({ id: Id, draft: PersonDraft }).strict(), Person),
  'people.list': method(Nothing, z.array(Person)),

  'attachments.add': method(AttachmentSource, Attachment),
  'attachments.get': method(z.object({ id: Id }).strict(), Attachment),
  'attachments.list': method(z.object({ entryId: Id }).strict(), z.array(Attachment)),
  /** A slice of the bytes (previews, players), so a 500 MB video never crosses in one piece. */
  'attachments.read': method(
    z.object({ id: Id, offset: z.number().int().min(0).default(0), length: z.number().int().min(1).max(16 * 1024 * 1024) }).strict(),
    z.object({ base64: Base64, size: z.number().int() }),
  ),
  'attachments.saveTo': method(z.object({ id: Id, path: Path, overwrite: z.boolean().default(false) }).strict(), Nothing),
  /** Reads the words in an image attachment now (OCR) and keeps them; the CLI's way. The app's
   *  service reads new images in the background instead (ServiceOptions.readImagesInBackground). */
  'attachments.recognise': method(z.object({ id: Id }).strict(), Attachment),
  /** How many images wait to be read, and whether one is being read now (progress in the app). */
  'recognition.status': method(Nothing, RecognitionStatus),

  'messages.add': method(z.object({ entryId: Id, message: MessageDraft }).strict(), Message),
  'messages.list': method(
    z.object({ entryId: Id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(100_000).default(1000) }).strict(),
    z.array(Message),
  ),

  'import.preview': method(z.object({ source: ImportSource, settings: ImportSettings.default({ format: 'auto' }), ...SenderChoice }).strict(), ImportPreview),
  /** One transaction: the messages, the original export (hashed) and the ledger link, or nothing. */
  'import.commit': method(ImportCommit, ImportResult),
  'stalking.patterns': method(
    z.object({ entryId: Id, after: UtcInstant.optional(), zone: TimeZone.optional() }).strict(),
    PatternStats,
  ),

  /** The entry she is writing, kept in the vault as she types (not evidence: no ledger link). */
  'drafts.save': method(z.object({ key: DraftKey, form: DraftForm }).strict(), Nothing),
  'drafts.list': method(Nothing, z.array(SavedDraft)),
  'drafts.discard': method(z.object({ key: DraftKey }).strict(), Nothing),

  search: method(z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(1000).default(100) }).strict(), z.array(SearchHit)),
  'ledger.verify': method(Nothing, LedgerReport),

  ...dossierMethods,
  ...filingMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** The shape every adapter exposes: window.dossier in the renderer, createService() in main. */
export type DossierApi = ApiOf<Contract>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
