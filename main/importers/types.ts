// The canonical shape every importer produces, whatever the export looked like.
// Parsers are pure: bytes in → ParsedExport out. They never write to the vault, never log, and
// never put evidence text into an error or a warning (ARCHITECTURE.md "Errors"): warnings carry
// a code, a line/record number and a plain English sentence about the *format*, not the content.
import { DossierError, type ErrorDetails } from '../../shared/errors';
import type { ZipLimits } from './zipBounds';

export type ImportFormat = 'whatsapp' | 'telegram' | 'telegram-html' | 'vk' | 'instagram' | 'signal' | 'sms-xml' | 'csv';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['whatsapp', 'telegram', 'telegram-html', 'vk', 'instagram', 'signal', 'sms-xml', 'csv'];
/** Formats whose export is many files (pages, a thread folder, a download): read as ExportFiles. */
export const MANY_FILE_FORMATS: readonly ImportFormat[] = ['telegram-html', 'vk', 'instagram', 'signal'];

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/**
 * The call outcomes the parsers emit in `callStatus` (a string, so the vault can keep values a
 * future parser adds). 'unanswered' = an outgoing call nobody picked up; 'answered-elsewhere' =
 * Android call-log type 7.
 */
export const CALL_STATUSES = [
  'answered',
  'missed',
  'unanswered',
  'voicemail',
  'rejected',
  'blocked',
  'answered-elsewhere',
  'busy',
  'hangup',
  'disconnected',
] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export interface CanonicalMessage {
  platformId: string | null; // Telegram id, SMS has none → null
  channel: 'whatsapp' | 'telegram' | 'sms' | 'mms' | 'call' | 'other';
  direction: 'incoming' | 'outgoing' | 'unknown';
  sender: string; // display name / phone as in the export ('' for system, and for the phone owner when the export does not name them)
  senderId: string | null; // from_id, phone number, …
  sentAt: string | null; // UTC ISO with Z when known
  wallTime: string | null; // local wall time 'YYYY-MM-DDTHH:mm:ss' when the export has no zone
  text: string;
  isCall: boolean;
  callSeconds: number | null;
  callStatus: string | null;
  isSystem: boolean;
  media: boolean;
  deleted: boolean;
  sourceLine: number | null; // 1-based line (text formats) or 1-based record index (XML/JSON)
  rawHeader: string | null; // the header as it appeared (e.g. "[20.06.19, 16:00:15] Loris:")
  /** The other party of an outgoing SMS/MMS/call or a CSV row; absent/null when unknown. */
  recipient?: string | null;
  /** A shared location or a contact card (counted apart in the preview; still a message). */
  location?: boolean;
  contactCard?: boolean;
  /** Why a system line is not a message (plain English, never evidence text). */
  systemReason?: string;
  /** Files of the export this message sent (names in the parsed ExportFiles), attached with it. */
  mediaFiles?: string[];
}

export interface ImportWarning {
  code: string;
  line: number | null;
  message: string; // plain English, about the format; never evidence text
}

export interface ChatSummary {
  index: number;
  name: string;
  id: string | null;
  messages: number;
}

export interface ParsedExport {
  format: ImportFormat;
  messages: CanonicalMessage[];
  timesAreUtc: boolean;
  dateOrder: DateOrder | null;
  dateOrderCertain: boolean;
  chats?: ChatSummary[];
  needsChatChoice?: boolean;
  warnings: ImportWarning[];
  /** The export's files, when the messages name some of them (WhatsApp media). */
  files?: import('./exportFiles').ExportFiles;
  /** What became of the files the messages name: attached, missing, or outside the export. */
  media?: MediaReport;
  /** Pages of a paged chat (Telegram HTML, VK) that are not in the export. */
  missingPages?: string[];
}

export interface MediaReport {
  attached: number;
  missing: string[];
  outside: string[];
}

/** What an export says about itself, apart from its messages (a streamed import reads the
 *  messages in batches and never holds them all). */
export type ExportFacts = Omit<ParsedExport, 'messages'>;

export interface ParseOptions {
  dateOrder?: DateOrder;
  zone?: string;
  chatIndex?: number;
  /** A conversation by its id in the preview (VK peer id, Instagram thread folder, Telegram chat folder). */
  chatId?: string;
  /** How much a zip's (or a folder's) files may take, each and all together (default ZIP_LIMITS). */
  limits?: ZipLimits;
}

export type ImportErrorCode = 'IMPORT_UNRECOGNISED' | 'IMPORT_MALFORMED' | 'IMPORT_AMBIGUOUS_DATE_ORDER';

/** Details are numbers and short format tokens only (line, count, reason) — never message text. */
export function importError(code: ImportErrorCode, details: ErrorDetails = {}): DossierError {
  return new DossierError(code, details);
}

/** A message with every optional flag at its neutral value, so parsers only state what they know. */
export function blankMessage(channel: CanonicalMessage['channel']): CanonicalMessage {
  return {
    platformId: null,
    channel,
    direction: 'unknown',
    sender: '',
    senderId: null,
    sentAt: null,
    wallTime: null,
    text: '',
    isCall: false,
    callSeconds: null,
    callStatus: null,
    isSystem: false,
    media: false,
    deleted: false,
    sourceLine: null,
    rawHeader: null,
  };
}

/**
 * Collects warnings, keeping at most `perCode` of each code plus one summary line, so a
 * million-line export with a recurring quirk cannot produce a million warnings.
 */
export class WarningSink {
  readonly list: ImportWarning[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly perCode = 50) {}

  add(code: string, line: number | null, message: string): void {
    const seen = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, seen);
    if (seen <= this.perCode) this.list.push({ code, line, message });
  }

  /** The warnings, with one "N more" line per code that overflowed. */
  finish(): ImportWarning[] {
    const out = [...this.list];
    for (const [code, seen] of this.counts) {
      if (seen > this.perCode) {
        out.push({ code, line: null, message: `${seen - this.perCode} more warnings of this kind were not listed.` });
      }
    }
    return out;
  }
}
