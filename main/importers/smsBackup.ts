// Android "SMS Backup & Restore" (SyncTech) XML: <smses> with <sms>/<mms>, or <calls> with <call>.
//
// Format notes (verified against shared/fixtures/messages/sms-backup-restore):
// - <sms date> is epoch MILLISECONDS (UTC); readable_date is the phone's local time and is ignored
//   (dv_sms_small.xml: date 1512226167463 = 14:49:27Z, readable_date "06:49:27", i.e. UTC-8).
// - <mms date> is milliseconds too, but <mms date_sent> is SECONDS (dv_sms_and_mms_rcs.xml:
//   date_sent="1720997593"), so only `date` is used.
// - Missing values are written as the string "null"; unknown contacts as "(Unknown)".
// - MMS text lives in <part ct="text/plain" text="…">; the sender is <addr type="137"> (PduHeaders
//   FROM), recipients are type 151 (TO) / 130 (BCC) / 129 (CC).
// - Emoji are written as surrogate-pair references, repaired before parsing (xmlCharRefs.ts).
// Parsing is streamed (saxes + TextDecoder stream) so a multi-gigabyte backup never exists as one
// string or one DOM; `streamSmsBackup` hands each record to a callback as soon as it is read, so
// the import never holds all messages either (issue 12, item 2).
import { SaxesParser } from 'saxes';
import { DossierError } from '../../shared/errors';
import { epochMsToUtc } from './time';
import { blankMessage, importError, WarningSink, type CanonicalMessage, type ExportFacts, type ParsedExport, type ParseOptions } from './types';
import { CharRefRepairer } from './xmlCharRefs';

const CHUNK = 64 * 1024;
type Attributes = Record<string, string>;

/** <sms type>: Telephony.TextBasedSmsColumns MESSAGE_TYPE_* (1 inbox … 6 queued). */
const SMS_TYPES: Record<string, { direction: CanonicalMessage['direction']; unsent?: string }> = {
  '1': { direction: 'incoming' },
  '2': { direction: 'outgoing' },
  '3': { direction: 'outgoing', unsent: 'draft' },
  '4': { direction: 'outgoing', unsent: 'outbox' },
  '5': { direction: 'outgoing', unsent: 'failed' },
  '6': { direction: 'outgoing', unsent: 'queued' },
};
/** <mms msg_box>: Telephony.BaseMmsColumns MESSAGE_BOX_* (1 inbox, 2 sent, 3 drafts, 4 outbox, 5 failed). */
const MMS_BOXES: Record<string, { direction: CanonicalMessage['direction']; unsent?: string }> = {
  '1': { direction: 'incoming' },
  '2': { direction: 'outgoing' },
  '3': { direction: 'outgoing', unsent: 'draft' },
  '4': { direction: 'outgoing', unsent: 'outbox' },
  '5': { direction: 'outgoing', unsent: 'failed' },
};
/** <call type>: CallLog.Calls.*_TYPE. */
const CALL_TYPES: Record<string, { direction: CanonicalMessage['direction']; status: string }> = {
  '1': { direction: 'incoming', status: 'answered' },
  '2': { direction: 'outgoing', status: 'answered' },
  '3': { direction: 'incoming', status: 'missed' },
  '4': { direction: 'incoming', status: 'voicemail' },
  '5': { direction: 'incoming', status: 'rejected' },
  '6': { direction: 'incoming', status: 'blocked' },
  '7': { direction: 'incoming', status: 'answered-elsewhere' },
};

/** SBR writes absent values as "null" and unknown contacts as "(Unknown)". */
function present(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  return v === '' || v === 'null' || v === '(Unknown)' ? null : v;
}

interface PendingMms {
  record: number;
  attrs: Attributes;
  texts: string[];
  media: boolean;
  from: string | null;
  to: string[];
}

class SmsBackupReader {
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly decoder = new TextDecoder('utf-8');
  private readonly repair = new CharRefRepairer();
  private readonly warnings = new WarningSink();
  private readonly unsent = new Map<string, number>();
  private root: string | null = null;
  private records = 0;
  private mms: PendingMms | null = null;

  constructor(private readonly emit: (message: CanonicalMessage) => void) {
    // The parser's own message may quote file content, so only numbers leave this module.
    this.parser.on('error', () => {
      // No root element yet: this is not an SBR file at all; after it: a damaged/truncated one.
      const code = this.root === null ? 'IMPORT_UNRECOGNISED' : 'IMPORT_MALFORMED';
      throw importError(code, { line: this.parser.line, records: this.records });
    });
    this.parser.on('opentag', (tag) => this.open(tag.name, tag.attributes));
    this.parser.on('closetag', (tag) => this.close(tag.name));
  }

  push(bytes: Uint8Array): void {
    this.write(this.decoder.decode(bytes, { stream: true }));
  }

  finish(): ExportFacts {
    this.write(this.decoder.decode());
    this.write(this.repair.end());
    guard(() => this.parser.close());
    if (this.root === null) throw importError('IMPORT_UNRECOGNISED', { reason: 'empty' });
    for (const [kind, count] of this.unsent) {
      this.warnings.add('NOT_SENT', null, `${count} message(s) marked "${kind}" were imported; they may never have been delivered.`);
    }
    return { format: 'sms-xml', timesAreUtc: true, dateOrder: null, dateOrderCertain: true, warnings: this.warnings.finish() };
  }

  private write(text: string): void {
    const safe = this.repair.push(text);
    if (safe !== '') guard(() => this.parser.write(safe));
  }

  private open(name: string, attrs: Attributes): void {
    if (this.root === null) {
      if (name !== 'smses' && name !== 'calls') throw importError('IMPORT_UNRECOGNISED', { reason: 'root-element' });
      this.root = name;
      return;
    }
    if (name === 'sms') this.sms(attrs);
    else if (name === 'call') this.call(attrs);
    else if (name === 'mms') {
      this.records += 1;
      this.mms = { record: this.records, attrs, texts: [], media: false, from: null, to: [] };
    } else if (name === 'part' && this.mms) {
      const ct = (attrs.ct ?? '').toLowerCase();
      if (ct === 'text/plain') {
        if (attrs.text !== undefined) this.mms.texts.push(attrs.text);
      } else if (ct !== 'application/smil' && ct !== '') this.mms.media = true;
    } else if (name === 'addr' && this.mms) {
      const address = present(attrs.address);
      if (address !== null && attrs.type === '137') this.mms.from = address;
      if (address !== null && (attrs.type === '151' || attrs.type === '130' || attrs.type === '129')) this.mms.to.push(address);
    }
  }

  private close(name: string): void {
    if (name === 'mms' && this.mms) {
      this.finishMms(this.mms);
      this.mms = null;
    }
  }

  private timeOf(m: CanonicalMessage, attrs: Attributes): void {
    let ms = Number(attrs.date);
    // `date` is milliseconds; a value that only makes sense as seconds (1973–5138 in seconds,
    // 1970-01-02–1973 in ms) is converted, like date_sent in MMS records, and reported.
    if (ms >= 1e8 && ms < 1e11) {
      ms *= 1000;
      this.warnings.add('DATE_IN_SECONDS', m.sourceLine, 'A record\'s date looked like seconds rather than milliseconds and was read as seconds.');
    }
    m.sentAt = epochMsToUtc(ms);
    if (m.sentAt === null) this.warnings.add('NO_DATE', m.sourceLine, 'A record in this backup has no readable date.');
  }

  private countUnsent(kind: string | undefined): void {
    if (kind !== undefined) this.unsent.set(kind, (this.unsent.get(kind) ?? 0) + 1);
  }

  private sms(attrs: Attributes): void {
    this.records += 1;
    const m = blankMessage('sms');
    m.sourceLine = this.records;
    const type = SMS_TYPES[attrs.type ?? ''];
    m.direction = type?.direction ?? 'unknown';
    this.countUnsent(type?.unsent);
    const party = present(attrs.contact_name) ?? present(attrs.address) ?? '';
    if (m.direction === 'outgoing') m.recipient = party; // the owner's number is not in an <sms>
    else {
      m.sender = party;
      m.senderId = present(attrs.address);
    }
    m.text = attrs.body ?? '';
    this.timeOf(m, attrs);
    this.emit(m);
  }

  private finishMms(p: PendingMms): void {
    const m = blankMessage('mms');
    m.sourceLine = p.record;
    const box = MMS_BOXES[p.attrs.msg_box ?? ''];
    m.direction = box?.direction ?? 'unknown';
    this.countUnsent(box?.unsent);
    const threadAddress = present(p.attrs.address);
    const contact = present(p.attrs.contact_name);
    // Without a FROM address (sr_edge_cases.xml: empty <parts>, no <addrs>) an incoming MMS is
    // from the thread's address.
    const from = p.from ?? (m.direction === 'incoming' ? threadAddress : null);
    m.senderId = from;
    // contact_name belongs to the thread address; it names the sender only when they are the same.
    m.sender = m.direction === 'incoming' && contact !== null && from === threadAddress ? contact : (from ?? '');
    if (m.direction === 'outgoing') m.recipient = contact ?? (p.to.join(', ') || threadAddress);
    m.text = p.texts.join('\n');
    m.media = p.media;
    this.timeOf(m, p.attrs);
    this.emit(m);
  }

  private call(attrs: Attributes): void {
    this.records += 1;
    const m = blankMessage('call');
    m.sourceLine = this.records;
    m.isCall = true;
    const type = CALL_TYPES[attrs.type ?? ''];
    m.direction = type?.direction ?? 'unknown';
    const seconds = Number(attrs.duration);
    m.callSeconds = Number.isInteger(seconds) && seconds >= 0 ? seconds : null;
    m.callStatus = type === undefined ? null : type.direction === 'outgoing' && m.callSeconds === 0 ? 'unanswered' : type.status;
    const party = present(attrs.contact_name) ?? present(attrs.number) ?? '';
    if (m.direction === 'outgoing') m.recipient = party;
    else {
      m.sender = party;
      m.senderId = present(attrs.number);
    }
    this.timeOf(m, attrs);
    this.emit(m);
  }
}

/** saxes throws plain Errors for some misuse paths; anything not ours becomes IMPORT_MALFORMED. */
function guard(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof DossierError) throw error;
    throw importError('IMPORT_MALFORMED', {});
  }
}

export function parseSmsBackup(bytes: Uint8Array, _options: ParseOptions = {}): ParsedExport {
  const messages: CanonicalMessage[] = [];
  const reader = new SmsBackupReader((m) => messages.push(m));
  for (let offset = 0; offset < bytes.length; offset += CHUNK) reader.push(bytes.subarray(offset, offset + CHUNK));
  return { ...reader.finish(), messages };
}

/** The whole backup read from a stream into memory (tests, small files). */
export async function parseSmsBackupStream(chunks: AsyncIterable<Uint8Array>, _options: ParseOptions = {}): Promise<ParsedExport> {
  const messages: CanonicalMessage[] = [];
  const facts = await streamSmsBackup(chunks, (batch) => {
    for (const m of batch) messages.push(m);
  });
  return { ...facts, messages };
}

/** For backups of gigabytes, pulled a chunk at a time: `push` returns the records that chunk
 *  completed, `finish` the last ones and what the file says about itself. Only one chunk's
 *  records are ever in memory. */
export class SmsBackupRecords {
  private batch: CanonicalMessage[] = [];
  private readonly reader = new SmsBackupReader((m) => this.batch.push(m));

  push(chunk: Uint8Array): CanonicalMessage[] {
    this.reader.push(chunk);
    return this.take();
  }

  finish(): { facts: ExportFacts; records: CanonicalMessage[] } {
    const facts = this.reader.finish();
    return { facts, records: this.take() };
  }

  private take(): CanonicalMessage[] {
    const records = this.batch;
    this.batch = [];
    return records;
  }
}

/** Each chunk's records go to `onRecords` as soon as that chunk is read. */
export async function streamSmsBackup(chunks: AsyncIterable<Uint8Array>, onRecords: (batch: CanonicalMessage[]) => void): Promise<ExportFacts> {
  const records = new SmsBackupRecords();
  for await (const chunk of chunks) onRecords(records.push(chunk));
  const end = records.finish();
  onRecords(end.records);
  return end.facts;
}
