// The open vault: one connection and the operations on it, each change in one transaction together
// with its ledger link. The service (main/service.ts) holds at most one of these.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import {
  EntryRecord,
  Person,
  type Attachment,
  type Entry,
  type EntryDraft,
  type Message,
  type MessageDraft,
  type PersonDraft,
} from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { attachFile, type NewFile } from './attachments';
import { canonicalJson } from './canonical';
import { closeVaultFile, createVault, passphraseMatches, removeEmptyJournal } from './connection';
import { replaceVaultWith, writeReencryptedCopy } from './rekey';
import { deleteEntry, getEntry, insertEntries, insertEntry, replaceEntry, setArchived } from './entries';
import { recordKdf, unlockVault } from './kdfUpgrade';
import { KDF } from './keys';
import { appendLink } from './ledger';
import { batchDigestOf, insertMessages, newBatchId, type NewMessage } from './messages';
import { assertPeopleExist, getPerson, insertPerson, updatePerson } from './people';
import type { Db } from './sqlite';
import { ensureSigningIdentity } from './signing';
import { subject } from './subjects';
import { DEFAULT_RECORDER } from '../../shared/words';

export { DEFAULT_RECORDER } from '../../shared/words';

export type { NewFile };

export class Vault {
  private constructor(
    private connection: Db,
    /** Absolute path of the vault file (lets restore refuse to overwrite the open vault). */
    readonly path: string,
    private keyCheck: string,
    private readonly now: () => Date,
    /** On a stick or in a folder that cannot be written: reading and export only. */
    readonly readOnly = false,
  ) {}

  static async create(path: string, passphrase: string, now: () => Date): Promise<Vault> {
    const opened = await createVault(path, passphrase);
    const vault = new Vault(opened.db, resolve(path), opened.keyCheck, now);
    const createdAt = vault.timestamp();
    await opened.db.transaction(async () => {
      await opened.db.run('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)', ['vault_id', randomUUID(), 'created_at', createdAt]);
      await recordKdf(opened.db, KDF);
      await appendLink(opened.db, 'vault-create', subject.vault(), { createdAt }, createdAt);
    });
    // The per-vault certificate that signs dossiers; made now so every vault has one from the start.
    await ensureSigningIdentity(opened.db, now);
    return vault;
  }

  static async open(path: string, passphrase: string, now: () => Date): Promise<Vault> {
    const opened = await unlockVault(path, passphrase);
    return new Vault(opened.db, resolve(path), opened.keyCheck, now, opened.readOnly);
  }

  /** The open connection (a new one after a passphrase change). */
  get db(): Db {
    return this.connection;
  }

  timestamp(): string {
    return this.now().toISOString();
  }

  close(): Promise<void> {
    this.keyCheck = '';
    return closeVaultFile(this.connection, this.path);
  }

  /** Re-encrypts into a fresh file with a new salt, which takes the vault's name (rekey.ts). The
   *  connection is closed for the rename and reopened under the new passphrase. */
  async changePassphrase(current: string, next: string): Promise<void> {
    if (this.readOnly) throw new DossierError('VAULT_READ_ONLY');
    if (!(await passphraseMatches(this.path, current, this.keyCheck))) throw new DossierError('WRONG_PASSPHRASE');
    await this.connection.beforeWrite();
    const fresh = await writeReencryptedCopy(this.connection, this.path, next);
    await closeVaultFile(this.connection, this.path);
    try {
      await replaceVaultWith(fresh, this.path);
    } catch {
      // The old file is still whole under the old passphrase: open it again as it was.
      await fs.rm(fresh, { force: true });
      await this.reopen(current);
      throw new DossierError('DISK_FULL');
    }
    await this.reopen(next);
  }

  /** One Argon2id derivation with the file's salt, compared with the open key's check value. */
  passphraseMatches(passphrase: string): Promise<boolean> {
    return passphraseMatches(this.path, passphrase, this.keyCheck);
  }

  private async reopen(passphrase: string): Promise<void> {
    await removeEmptyJournal(this.path);
    const opened = await unlockVault(this.path, passphrase);
    this.connection = opened.db;
    this.keyCheck = opened.keyCheck;
  }

  /** The draft was parsed at the service's edge; what is added here is ours and well-formed, so a
   *  second zod pass (a third of a bulk entry's time) is skipped. */
  private newRecord(draft: EntryDraft, at: string): EntryRecord {
    return { ...draft, id: randomUUID(), version: 1, recordedAt: at, recordedBy: draft.recordedBy ?? DEFAULT_RECORDER, updatedAt: at };
  }

  /** Inside the caller's transaction: each file with its own ledger link. */
  private async attachAll(entryId: string, files: readonly NewFile[], limitBytes: number, at: string): Promise<Attachment[]> {
    const attached: Attachment[] = [];
    for (const file of files) attached.push(await attachFile(this.db, entryId, file, limitBytes, at));
    return attached;
  }

  /** The entry and its files land together, or nothing does. */
  async createEntry(draft: EntryDraft, files: readonly NewFile[] = [], limitBytes = 0): Promise<Entry> {
    await assertPeopleExist(this.db, draft.personIds);
    const at = this.timestamp();
    const record = this.newRecord(draft, at);
    await this.db.transaction(async () => {
      await insertEntry(this.db, record);
      await appendLink(this.db, 'create', subject.entry(record.id), record, at);
      await this.attachAll(record.id, files, limitBytes, at);
    });
    return getEntry(this.db, record.id);
  }

  async createEntries(drafts: readonly EntryDraft[]): Promise<string[]> {
    await assertPeopleExist(this.db, drafts.flatMap((d) => d.personIds));
    const at = this.timestamp();
    const records = drafts.map((draft) => this.newRecord(draft, at));
    await this.db.transaction(() => insertEntries(this.db, records, at));
    return records.map((r) => r.id);
  }

  /** Keeps the current version as a revision; an edit that changes nothing adds no version. */
  async updateEntry(id: string, draft: EntryDraft, files: readonly NewFile[] = [], limitBytes = 0): Promise<Entry> {
    const existing = await getEntry(this.db, id);
    await assertPeopleExist(this.db, draft.personIds);
    const at = this.timestamp();
    const { number: _n, archived: _a, attachmentCount: _c, messageCount: _m, ...previous } = existing;
    const candidate = EntryRecord.parse({ ...draft, id, version: previous.version, recordedAt: previous.recordedAt, recordedBy: draft.recordedBy ?? previous.recordedBy, updatedAt: previous.updatedAt });
    const changed = canonicalJson(candidate) !== canonicalJson(previous);
    if (!changed && files.length === 0) return existing;
    const next = EntryRecord.parse({ ...candidate, version: previous.version + 1, updatedAt: at });
    await this.db.transaction(async () => {
      if (changed) {
        await replaceEntry(this.db, EntryRecord.parse(previous), next, at);
        await appendLink(this.db, 'edit', subject.entry(id), next, at);
      }
      await this.attachAll(id, files, limitBytes, at);
    });
    return getEntry(this.db, id);
  }

  async archiveEntry(id: string, archived: boolean): Promise<Entry> {
    const existing = await getEntry(this.db, id);
    if (existing.archived === archived) return existing;
    const at = this.timestamp();
    await this.db.transaction(async () => {
      await setArchived(this.db, id, archived);
      await appendLink(this.db, archived ? 'archive' : 'unarchive', subject.entry(id), { id, archived }, at);
    });
    return getEntry(this.db, id);
  }

  async destroyEntry(id: string): Promise<void> {
    await getEntry(this.db, id);
    const at = this.timestamp();
    await this.db.transaction(async () => {
      await deleteEntry(this.db, id);
      await appendLink(this.db, 'destroy', subject.entry(id), { id }, at);
    });
  }

  async createPerson(draft: PersonDraft): Promise<Person> {
    const at = this.timestamp();
    const person = Person.parse({ ...draft, id: randomUUID(), createdAt: at, updatedAt: at });
    await this.db.transaction(async () => {
      await insertPerson(this.db, person);
      await appendLink(this.db, 'person-create', subject.person(person.id), person, at);
    });
    return person;
  }

  async updatePerson(id: string, draft: PersonDraft): Promise<Person> {
    const existing = await getPerson(this.db, id);
    const at = this.timestamp();
    const person = Person.parse({ ...draft, id, createdAt: existing.createdAt, updatedAt: at });
    await this.db.transaction(async () => {
      await updatePerson(this.db, person);
      await appendLink(this.db, 'person-edit', subject.person(id), person, at);
    });
    return person;
  }

  async addAttachment(entryId: string, file: NewFile, limitBytes: number): Promise<Attachment> {
    await getEntry(this.db, entryId);
    const at = this.timestamp();
    const [attachment] = await this.db.transaction(() => this.attachAll(entryId, [file], limitBytes, at));
    return attachment!;
  }

  /** Writes one batch of typed messages in one transaction with its link. */
  async addMessages(entryId: string, items: readonly NewMessage[], event: 'message-add'): Promise<Message[]> {
    const entry = await getEntry(this.db, entryId);
    if (entry.kind !== 'stalking') throw new DossierError('INVALID_INPUT', { field: 'entryId', reason: 'messages belong to a stalking entry' });
    const at = this.timestamp();
    const batchId = newBatchId();
    return this.db.transaction(async () => {
      const inserted = await insertMessages(this.db, entryId, batchId, items);
      await appendLink(this.db, event, subject.batch(entryId, batchId), batchDigestOf(entryId, inserted.hashes), at);
      return inserted.messages;
    });
  }

  /** A typed message is never a duplicate of another: the same words may be sent twice. */
  addMessage(entryId: string, draft: MessageDraft): Promise<Message[]> {
    return this.addMessages(entryId, [{ draft, platformId: null, sourceLine: null, rawHeader: null, dedupeKey: `typed:${randomUUID()}` }], 'message-add');
  }
}
