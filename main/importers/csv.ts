// Dossier's CSV template, for messages from any app we have no parser for (typed up by hand,
// copied from a forensic report, exported from a spreadsheet). Also in CSV_TEMPLATE.md.
//
//   sent_at,sender,recipient,direction,channel,text
//   2024-03-01T21:14:05+01:00,Max,Anna,incoming,sms,"Where are you? Answer me, now."
//   2024-03-01T21:15:40Z,Anna,Max,outgoing,whatsapp,"I'm at my sister's, ""leave me alone"""
//
// - Header row required; column names are matched case-insensitively, in any order. sent_at,
//   sender and text are required columns; recipient, direction and channel may be left out or empty.
// - sent_at: ISO 8601 date and time WITH a UTC offset or Z (2024-03-01T21:14:05+01:00,
//   2024-03-01 21:14Z). A time without an offset is ambiguous, so that row is skipped with a warning
//   naming its line (ARCHITECTURE.md "Time": never guess a zone silently).
// - direction: incoming | outgoing (empty → unknown). channel: sms | whatsapp | telegram | call |
//   other (empty → other); "call" rows become calls.
// - RFC 4180: fields with commas, quotes or line breaks are quoted; a quote inside is doubled.
//   UTF-8 with or without BOM. If the header is separated by ";" (what spreadsheet programs write
//   in locales with a decimal comma), ";" is the delimiter for the whole file.
import { decodeText, normaliseNewlines } from './normalise';
import { isoWithOffsetToUtc } from './time';
import { blankMessage, importError, WarningSink, type CanonicalMessage, type ParsedExport, type ParseOptions } from './types';

export const CSV_COLUMNS = ['sent_at', 'sender', 'recipient', 'direction', 'channel', 'text'] as const;
const REQUIRED = ['sent_at', 'sender', 'text'] as const;
const CHANNELS = ['sms', 'whatsapp', 'telegram', 'call', 'other'] as const;
const isChannel = (value: string): value is (typeof CHANNELS)[number] => (CHANNELS as readonly string[]).includes(value);
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?$/i;

interface CsvRecord {
  fields: string[];
  line: number; // where the record starts (a quoted field may span lines)
}

/** RFC 4180 records. Lenient where the RFC is silent (a stray quote inside an unquoted field is kept). */
export function* csvRecords(text: string, delimiter: string): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let line = 1;
  let start = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n') {
      fields.push(field);
      yield { fields, line: start };
      fields = [];
      field = '';
      line += 1;
      start = line;
    } else field += ch;
  }
  if (quoted) throw importError('IMPORT_MALFORMED', { reason: 'unterminated-quote', line: quoteLine });
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { fields, line: start };
  }
}

function headerDelimiter(firstLine: string): string | null {
  for (const delimiter of [',', ';']) {
    const names = firstLine.split(delimiter).map((n) => n.trim().replace(/^"|"$/g, '').toLowerCase());
    if (REQUIRED.every((r) => names.includes(r))) return delimiter;
  }
  return null;
}

/** True when the first line is a header of our template (used by detectFormat). */
export function looksLikeCsvTemplate(text: string): boolean {
  const firstLine = normaliseNewlines(text.slice(0, 4096)).split('\n')[0] ?? '';
  return headerDelimiter(firstLine.replace(/^\uFEFF/, '')) !== null;
}

export function parseCsv(bytes: Uint8Array, _options: ParseOptions = {}): ParsedExport {
  const text = normaliseNewlines(decodeText(bytes)).replace(/^\uFEFF/, '');
  const delimiter = headerDelimiter(text.split('\n', 1)[0] ?? '');
  if (delimiter === null) throw importError('IMPORT_UNRECOGNISED', { reason: 'csv-header' });
  const warnings = new WarningSink();
  const messages: CanonicalMessage[] = [];
  let columns: string[] | null = null;

  for (const record of csvRecords(text, delimiter)) {
    if (columns === null) {
      columns = record.fields.map((n) => n.trim().toLowerCase());
      const unknown = columns.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
      if (unknown.length > 0) warnings.add('UNKNOWN_COLUMNS', 1, `${unknown.length} column(s) not in the template were ignored.`);
      continue;
    }
    if (record.fields.length === 1 && record.fields[0]?.trim() === '') continue; // blank line
    if (record.fields.length !== columns.length) {
      warnings.add('ROW_FIELD_COUNT', record.line, `This row has ${record.fields.length} fields but the header has ${columns.length}; it was skipped.`);
      continue;
    }
    const row = new Map<string, string>();
    columns.forEach((c, i) => row.set(c, record.fields[i] ?? ''));
    const m = toMessage(row, record.line, warnings);
    if (m) messages.push(m);
  }
  return { format: 'csv', messages, timesAreUtc: true, dateOrder: null, dateOrderCertain: true, warnings: warnings.finish() };
}

function toMessage(row: Map<string, string>, line: number, warnings: WarningSink): CanonicalMessage | null {
  const sentAt = (row.get('sent_at') ?? '').trim();
  const instant = isoWithOffsetToUtc(sentAt);
  if (instant === null) {
    if (WITHOUT_OFFSET.test(sentAt)) {
      warnings.add('NO_OFFSET', line, 'This row\'s sent_at has no UTC offset (add Z or e.g. +01:00); it was skipped.');
    } else {
      warnings.add('INVALID_DATE', line, 'This row\'s sent_at is not a real ISO 8601 date and time with an offset; it was skipped.');
    }
    return null;
  }
  const channel = (row.get('channel') ?? '').trim().toLowerCase();
  const m = blankMessage('other');
  if (isChannel(channel)) m.channel = channel;
  else if (channel !== '') warnings.add('INVALID_CHANNEL', line, 'This row\'s channel is not sms, whatsapp, telegram, call or other; "other" was used.');
  m.isCall = m.channel === 'call';
  const direction = (row.get('direction') ?? '').trim().toLowerCase();
  if (direction === 'incoming' || direction === 'outgoing') m.direction = direction;
  else if (direction !== '') warnings.add('INVALID_DIRECTION', line, 'This row\'s direction is not incoming or outgoing; "unknown" was used.');
  m.sentAt = instant;
  m.sender = (row.get('sender') ?? '').trim();
  const recipient = (row.get('recipient') ?? '').trim();
  m.recipient = recipient === '' ? null : recipient;
  m.text = row.get('text') ?? '';
  m.sourceLine = line;
  return m;
}
