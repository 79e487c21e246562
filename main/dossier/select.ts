// Step 1 of an export: choose what goes in (period, kinds, people, left-out entries) and read it
// through the vault's repositories, read-only, then pass it through the redactor. Everything after
// this step sees only redacted data.
import type { ImportantDate } from '../../shared/dates';
import type { Attachment, Entry, EntryRecord, Message, Person, Revision } from '../../shared/domain';
import type { DossierOptions } from '../../shared/dossierOptions';
import { listAttachments } from '../vault/attachments';
import { readingsOf, withReading } from '../vault/recognisedText';
import { canonicalJson } from '../vault/canonical';
import { listEntries, listRevisions } from '../vault/entries';
import { ledgerHead } from '../vault/ledger';
import { listMessages } from '../vault/messages';
import { listPeople } from '../vault/people';
import type { Db } from '../vault/sqlite';
import { Redactor } from './redact';
import type { Strings } from './i18n';

export interface ExhibitAttachment extends Attachment {
  exhibit: string;
}

export interface DossierEntry {
  exhibit: string;
  entry: Entry;
  revisions: Revision[];
  attachments: ExhibitAttachment[];
  messages: Message[];
  /** Something in this entry (or its messages or files) was changed by redaction. */
  redacted: boolean;
}

export interface DossierData {
  entries: DossierEntry[];
  people: Map<string, Person>;
  ledgerHead: string | null;
  excludedCount: number;
  redactor: Redactor;
  /** The dates that matter shown after the chronology (main/filing/datesInDossier.ts). */
  dates?: ImportantDate[];
}

export function recordOf(entry: Entry): EntryRecord {
  const { number: _n, archived: _a, attachmentCount: _c, messageCount: _m, ...record } = entry;
  return record as EntryRecord;
}

/** Oldest first; entries at the same moment keep their recorded order (the vault lists newest
 *  first by occurred_at, then seq, so the reverse is ascending on both). */
export async function selectEntries(db: Db, options: DossierOptions): Promise<{ entries: Entry[]; excluded: number }> {
  const listed = await listEntries(db, {
    kind: options.kinds && options.kinds.length > 0 ? options.kinds : undefined,
    from: options.from,
    to: options.to,
    includeArchived: options.includeArchived,
  });
  const people = new Set(options.personIds ?? []);
  const excluded = new Set(options.excludeEntryIds);
  const chosen = listed.reverse().filter((e) => people.size === 0 || e.personIds.some((id) => people.has(id)));
  const entries = chosen.filter((e) => !excluded.has(e.id));
  return { entries, excluded: chosen.length - entries.length };
}

export async function readDossierData(db: Db, options: DossierOptions, s: Strings): Promise<DossierData> {
  const { entries, excluded } = await selectEntries(db, options);
  const redactor = await Redactor.create(options.redact, await listPeople(db), s);
  const out: DossierEntry[] = [];
  // Queries are issued in batches so the driver runs them back to back instead of waiting for
  // JavaScript between each (1,000 entries × 2 small queries).
  const related: { revisions: Revision[]; attachments: Attachment[] }[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    related.push(...(await Promise.all(entries.slice(i, i + 100).map(async (e) => ({ revisions: e.version > 1 ? await listRevisions(db, e.id) : [], attachments: e.attachmentCount > 0 ? await listAttachments(db, e.id) : [] })))));
  }
  for (const [index, entry] of entries.entries()) {
    // The entry's own number (migration 003), not its place in this export: the same in every
    // dossier of the vault, whatever the filter.
    const exhibit = String(entry.number);
    const revisions = related[index]!.revisions;
    // Words read from images (OCR) go with them, machine-made and labelled so on the page.
    const readings = entry.attachmentCount > 0 ? await readingsOf(db, entry.id) : new Map();
    const attachments = related[index]!.attachments.map((a, i) => ({ ...withReading(a, readings.get(a.id)), exhibit: `${exhibit}.${i + 1}` }));
    const messages = entry.kind === 'stalking' && entry.messageCount > 0 ? await listMessages(db, entry.id, 0, -1) : [];
    const raw = { entry, revisions, attachments, messages };
    const clean = redactor.active ? redactor.value(raw) : raw;
    const redacted = redactor.active && canonicalJson(clean) !== canonicalJson(raw);
    out.push({ exhibit, ...clean, redacted });
  }
  return { entries: out, people: redactor.people, ledgerHead: await ledgerHead(db), excludedCount: excluded, redactor };
}
