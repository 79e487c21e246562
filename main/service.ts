// createService(): the one implementation of shared/contract.ts. The Electron IPC router, the
// browser test harness and the CLI all call this. Every call is validated with the contract's
// schema, runs alone (calls are queued: one connection, transactions must not interleave), and
// fails only with a DossierError.
import { z } from 'zod';
import { contract, type DossierApi, type MethodName } from '../shared/contract';
import type { Attachment } from '../shared/domain';
import { DossierError } from '../shared/errors';
import { whenProblem } from '../shared/eventDates';
import { systemTimeZone } from '../shared/zonedTime';
import { BASE64_SOURCE_LIMIT, bytesOfBase64 } from './base64Source';
import { dossierHandlers } from './dossier/handlers';
import { filingHandlers } from './filing/handlers';
import { previewImport, runImport, type ImportProgress } from './importFlow';
import { patternStats } from './importers/patterns';
import { backgroundReading, recogniseNow } from './ocr/imageReading';
import { createReader } from './ocr/recognise';
import { DEFAULT_ATTACHMENT_LIMIT, getAttachment, listAttachments, readAttachmentRange, saveAttachment } from './vault/attachments';
import { backupVault, restoreVault } from './vault/backup';
import { discardDraft, listDrafts, saveDraft } from './vault/drafts';
import { forgetUnfinished, noteUnfinished, outputsOf, sweepUnfinished } from './vault/unfinishedFiles';
import { countEntries, countRevisions, getEntry, listEntries, listRevisions } from './vault/entries';
import { listMessages } from './vault/messages';
import { LATEST_VERSION } from './vault/migrations';
import { getPerson, listPeople } from './vault/people';
import { readingsOf, withReading } from './vault/recognisedText';
import { searchVault } from './vault/search';
import { isWriteFailure } from './vault/files';
import { refuseOpenVaultFile } from './vault/placement';
import { sqliteCode, type Db } from './vault/sqlite';
import { DEFAULT_RECORDER, Vault, type NewFile } from './vault/vault';
import { checkFileIntegrity, verifyLedger, verifyVaultFile } from './vault/verify';

export interface ServiceOptions {
  /** Largest attachment accepted (default 1 GiB). */
  attachmentLimitBytes?: number;
  /** Largest file accepted as base64 from the UI, attachment or import (default 256 MiB). */
  base64LimitBytes?: number;
  /** The clock, replaceable in tests. */
  now?: () => Date;
  /** Told how far reading a large import has got (the CLI prints it; files reach gigabytes). */
  onImportProgress?: ImportProgress;
  /** Read the words in new image attachments in the background (the app). The CLI reads each
   *  image as it attaches it (attachments.recognise) instead. */
  readImagesInBackground?: boolean;
}

export type Service = DossierApi & { close(): Promise<void> };

type Handlers = { [M in MethodName]: (input: z.output<(typeof contract)[M]['input']>) => Promise<z.input<(typeof contract)[M]['output']>> };

function toFile(file: { path: string } | { fileName: string; base64: string }, base64Limit: number): NewFile {
  return 'path' in file ? { path: file.path } : { fileName: file.fileName, bytes: bytesOfBase64(file.base64, base64Limit) };
}

function invalidInput(error: z.ZodError): DossierError {
  const issue = error.issues[0];
  return new DossierError('INVALID_INPUT', { field: issue?.path.join('.') ?? '', reason: issue?.message ?? 'invalid' });
}

/** Driver and file-system failures become coded errors without their raw message (it may hold a path). */
function toDossierError(error: unknown): DossierError {
  if (error instanceof DossierError) return error;
  if (error instanceof z.ZodError) return invalidInput(error);
  if (isWriteFailure(error)) return new DossierError('DISK_FULL');
  const code = sqliteCode(error);
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new DossierError('VAULT_CORRUPT');
  if (code === 'SQLITE_BUSY') return new DossierError('VAULT_BUSY');
  return new DossierError('INTERNAL');
}

export function createService(options: ServiceOptions = {}): Service {
  const now = options.now ?? (() => new Date());
  const refuseImpossibleWhen = (occurredAt: { at: string; end?: string | undefined }) => {
    const found = whenProblem(occurredAt, now());
    if (found) throw new DossierError('INVALID_INPUT', { field: found.end ? 'end' : 'occurred', reason: found.problem === 'future' ? 'the date is in the future: check the year' : 'the date is before 1900: check the year' });
  };
  const attachmentLimit = options.attachmentLimitBytes ?? DEFAULT_ATTACHMENT_LIMIT;
  const base64Limit = options.base64LimitBytes ?? BASE64_SOURCE_LIMIT;
  const fileOf = (file: Parameters<typeof toFile>[0]) => toFile(file, base64Limit);
  let vault: Vault | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /** Bumped at every open and lock, so a background reading from an earlier session is dropped. */
  let generation = 0;
  const reader = createReader();
  const inQueue = <T>(work: (db: Db, at: string) => Promise<T>): Promise<T> => {
    const run = async () => {
      const v = open();
      return work(v.db, v.timestamp());
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
  const images = backgroundReading({ inQueue, generation: () => generation }, reader);
  /** After a call that may have added images: the app's service starts reading them. */
  const readNewImages = () => {
    if (options.readImagesInBackground) images.kick();
  };
  const withReadings = async (db: Db, entryId: string, attachments: Attachment[]) => {
    const readings = await readingsOf(db, entryId);
    return attachments.map((a) => withReading(a, readings.get(a.id)));
  };

  const open = (): Vault => {
    if (!vault) throw new DossierError('VAULT_LOCKED');
    return vault;
  };
  /** Nothing is ever written onto the open vault's file or its journal (vault/placement.ts). */
  const notOntoTheVault = (target: string) =>
    refuseOpenVaultFile(target, vault?.path ?? null, () => new DossierError('INVALID_INPUT', { field: 'path', reason: 'that is the open vault itself' }));
  const info = async (v: Vault) => ({ schemaVersion: LATEST_VERSION, entries: await countEntries(v.db), readOnly: v.readOnly });
  const nothing = {};

  const handlers: Handlers = {
    'vault.create': async ({ path, passphrase }) => {
      if (vault) throw new DossierError('VAULT_ALREADY_OPEN');
      vault = await Vault.create(path, passphrase, now);
      generation += 1;
      return info(vault);
    },
    'vault.open': async ({ path, passphrase }) => {
      if (vault) throw new DossierError('VAULT_ALREADY_OPEN');
      vault = await Vault.open(path, passphrase, now);
      generation += 1;
      readNewImages();
      if (!vault.readOnly) await sweepUnfinished(vault.db);
      return info(vault);
    },
    'vault.lock': async () => {
      const closing = vault;
      vault = null; // drop the reference first: even if close fails, no call can reach the data
      generation += 1;
      await reader.stop(); // the engine's worker ends with whatever it was reading
      await closing?.close();
      return nothing;
    },
    'vault.status': async () => ({ open: vault !== null }),
    'vault.changePassphrase': async ({ current, next }) => {
      await open().changePassphrase(current, next);
      return nothing;
    },
    'vault.checkPassphrase': async ({ passphrase }) => ({ matches: await open().passphraseMatches(passphrase) }),
    'vault.verify': async () => verifyVaultFile(open().db),
    'vault.checkIntegrity': async () => checkFileIntegrity(open().db),
    'vault.backup': async ({ path, overwrite }) => {
      await notOntoTheVault(path);
      const { db, path: vaultPath } = open();
      return { path, ...(await backupVault(db, vaultPath, path, overwrite)) };
    },
    'vault.restore': async ({ from, passphrase, to, overwrite }) => {
      await refuseOpenVaultFile(to, vault?.path ?? null, () => new DossierError('VAULT_BUSY'));
      return { path: to, ...(await restoreVault(from, passphrase, to, overwrite)) };
    },

    'entries.create': async ({ draft, attachments }) => {
      refuseImpossibleWhen(draft.occurredAt);
      const entry = await open().createEntry(draft, attachments.map(fileOf), attachmentLimit);
      if (attachments.length > 0) readNewImages();
      return entry;
    },
    'entries.createMany': async ({ drafts }) => {
      drafts.forEach((draft) => refuseImpossibleWhen(draft.occurredAt));
      return { ids: await open().createEntries(drafts) };
    },
    'entries.update': async ({ id, draft, attachments }) => {
      refuseImpossibleWhen(draft.occurredAt);
      const entry = await open().updateEntry(id, draft, attachments.map(fileOf), attachmentLimit);
      if (attachments.length > 0) readNewImages();
      return entry;
    },
    'entries.get': async ({ id }) => {
      const { db } = open();
      const entry = await getEntry(db, id);
      const people = await Promise.all([...new Set(entry.personIds)].map((personId) => getPerson(db, personId)));
      return { entry, revisions: await countRevisions(db, id), attachments: await withReadings(db, id, await listAttachments(db, id)), people };
    },
    'entries.list': async (filter) => listEntries(open().db, filter),
    'entries.archive': async ({ id, archived }) => open().archiveEntry(id, archived),
    'entries.destroy': async ({ id }) => {
      await open().destroyEntry(id);
      return nothing;
    },
    'entries.revisions': async ({ id }) => {
      const { db } = open();
      await getEntry(db, id);
      return listRevisions(db, id);
    },

    'people.create': async ({ draft }) => open().createPerson(draft),
    'people.update': async ({ id, draft }) => open().updatePerson(id, draft),
    'people.list': async () => listPeople(open().db),

    'attachments.add': async ({ entryId, ...file }) => {
      const attachment = await open().addAttachment(entryId, fileOf(file), attachmentLimit);
      readNewImages();
      return withReading(attachment, undefined); // as listed: an image waits to be read
    },
    'attachments.get': async ({ id }) => {
      const { db } = open();
      const attachment = await getAttachment(db, id);
      return withReading(attachment, (await readingsOf(db, attachment.entryId)).get(id));
    },
    'attachments.list': async ({ entryId }) => {
      const { db } = open();
      await getEntry(db, entryId);
      return withReadings(db, entryId, await listAttachments(db, entryId));
    },
    'attachments.recognise': async ({ id }) => {
      const v = open();
      return recogniseNow(v.db, reader, id, () => v.timestamp());
    },
    'recognition.status': async () => images.status(open().db),
    'attachments.read': async ({ id, offset, length }) => {
      const { db } = open();
      const { size } = await getAttachment(db, id);
      return { base64: (await readAttachmentRange(db, id, offset, length)).toString('base64'), size };
    },
    'attachments.saveTo': async ({ id, path, overwrite }) => {
      await notOntoTheVault(path);
      await saveAttachment(open().db, id, path, overwrite);
      return nothing;
    },

    'messages.add': async ({ entryId, message }) => {
      const [added] = await open().addMessage(entryId, message);
      if (!added) throw new DossierError('INVALID_INPUT', { field: 'message', reason: 'already in this log' });
      return added;
    },
    'messages.list': async ({ entryId, offset, limit }) => {
      const { db } = open();
      await getEntry(db, entryId);
      return listMessages(db, entryId, offset, limit);
    },

    'import.preview': async ({ source, settings, abuserSenders, meSenders }) => {
      open(); // a preview reads no vault data, but the import screen is only reachable unlocked
      return previewImport(source, settings, { abuserSenders, meSenders }, options.onImportProgress, base64Limit);
    },
    'import.commit': async (input) => {
      const v = open();
      const result = await runImport(v.db, input, v.timestamp(), DEFAULT_RECORDER, options.onImportProgress, base64Limit);
      readNewImages(); // media that came with a chat export
      return result;
    },
    'stalking.patterns': async ({ entryId, after, zone }) => {
      const { db } = open();
      const entry = await getEntry(db, entryId);
      if (entry.kind !== 'stalking') throw new DossierError('INVALID_INPUT', { field: 'entryId', reason: 'patterns belong to a stalking entry' });
      const messages = await listMessages(db, entryId, 0, Number.MAX_SAFE_INTEGER);
      return patternStats(entryId, messages, zone ?? messages[0]?.zone ?? entry.occurredAt.zone ?? systemTimeZone(), after);
    },

    'drafts.save': async ({ key, form }) => {
      const v = open();
      if (v.readOnly) throw new DossierError('VAULT_READ_ONLY');
      await saveDraft(v.db, key, form, v.timestamp());
      return nothing;
    },
    'drafts.list': async () => listDrafts(open().db),
    'drafts.discard': async ({ key }) => {
      const v = open();
      if (!v.readOnly) await discardDraft(v.db, key);
      return nothing;
    },

    search: async ({ query, limit }) => searchVault(open().db, query, limit),
    'ledger.verify': async () => verifyLedger(open().db),

    ...dossierHandlers(() => open().db, now, notOntoTheVault),
    ...filingHandlers(() => open().db, now, notOntoTheVault),
  };

  /** A file written out of the vault is noted in the vault while it is written, so a kill half-way
   *  is cleaned up at the next unlock (vault/unfinishedFiles.ts). Best effort: a vault that cannot
   *  take the note (read-only, moved) still exports. */
  async function withUnfinishedNoted<T>(method: MethodName, input: unknown, work: () => Promise<T>): Promise<T> {
    const targets = vault !== null && !vault.readOnly ? outputsOf(method, input) : [];
    const db = vault?.db;
    if (db === undefined || targets.length === 0) return work();
    const noted = await Promise.all(targets.map((target) => noteUnfinished(db, target, now()).then(() => true, () => false)));
    try {
      return await work();
    } finally {
      for (const [i, target] of targets.entries()) if (noted[i]) await forgetUnfinished(db, target).catch(() => undefined);
    }
  }

  function call<M extends MethodName>(method: M, raw: unknown): Promise<unknown> {
    const run = async () => {
      const parsed = contract[method].input.safeParse(raw ?? {});
      if (!parsed.success) throw invalidInput(parsed.error);
      try {
        const handler = handlers[method] as (input: unknown) => Promise<unknown>;
        return await withUnfinishedNoted(method, parsed.data, () => handler(parsed.data));
      } catch (error) {
        throw toDossierError(error);
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  const api = Object.fromEntries(
    (Object.keys(contract) as MethodName[]).map((method) => [method, (input: unknown) => call(method, input)]),
  ) as unknown as DossierApi;

  return {
    ...api,
    close: async () => {
      await api['vault.lock']({});
    },
  };
}
