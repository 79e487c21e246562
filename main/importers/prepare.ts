// From a parsed export to what the user is asked (the preview) and to what the vault stores
// (message drafts). Pure: no I/O. The service reads the file and writes the vault.
import { createHash } from 'node:crypto';
import type { MessageDraft } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { whenProblem } from '../../shared/eventDates';
import { SAMPLE_LIMITS, type ImportPreview, type ImportSample } from '../../shared/imports';
import { noteDirection, roleOfMessage, RoleTally, type DirectionsBySender, type SenderChoice } from './roles';
import type { CanonicalMessage, ExportFacts, ParsedExport } from './types';

export interface PreparedMessage {
  draft: MessageDraft;
  platformId: string | null;
  sourceLine: number | null;
  rawHeader: string | null;
  dedupeKey: string;
  /** Files of the export to attach to this message (see whatsappMedia.ts). */
  mediaFiles?: string[];
}

const NOBODY: SenderChoice = { abuserSenders: [], meSenders: [] };

/** Everything the preview says, counted one message at a time: the in-memory formats feed it their
 *  array, a streamed SMS backup feeds it record by record and never holds them all. Memory grows
 *  with the number of distinct senders and skip reasons, not with the number of messages. */
export class PreviewTally {
  readonly directions: DirectionsBySender = new Map();
  private readonly roles: RoleTally;
  private readonly senders = new Map<string, number>();
  /** Each sender's first few messages: memory grows with the senders, not the messages. */
  private readonly samples = new Map<string, ImportSample[]>();
  private readonly reasons = new Map<string, number>();
  private readonly kinds = { text: 0, media: 0, location: 0, contactCard: 0, deleted: 0, calls: 0 };
  private all = 0;
  private real = 0;
  private first: string | null = null;
  private last: string | null = null;
  private unlikely = 0;
  private readonly now = new Date();

  constructor(private readonly choice: SenderChoice = NOBODY) {
    this.roles = new RoleTally(choice);
  }

  add(m: CanonicalMessage): void {
    this.all += 1;
    if (m.isSystem) {
      const reason = m.systemReason ?? 'a system line';
      this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
      return;
    }
    this.real += 1;
    noteDirection(this.directions, m);
    this.roles.add(m);
    this.senders.set(m.sender, (this.senders.get(m.sender) ?? 0) + 1);
    this.keepSample(m);
    // UTC ISO strings of one shape: the earliest and latest by text are the earliest and latest in time.
    if (m.sentAt !== null) {
      if (whenProblem({ at: m.sentAt }, this.now)) this.unlikely += 1;
      if (this.first === null || m.sentAt < this.first) this.first = m.sentAt;
      if (this.last === null || m.sentAt > this.last) this.last = m.sentAt;
    }
    if (m.isCall) this.kinds.calls += 1;
    else if (m.location) this.kinds.location += 1;
    else if (m.contactCard) this.kinds.contactCard += 1;
    else if (m.deleted) this.kinds.deleted += 1;
    else if (m.media) this.kinds.media += 1;
    else this.kinds.text += 1;
  }

  private keepSample(m: CanonicalMessage): void {
    const kept = this.samples.get(m.sender) ?? [];
    if (kept.length >= SAMPLE_LIMITS.perSender) return;
    // Cut by code point, so an emoji or a surrogate pair is never split in half.
    const chars = Array.from(m.text.trim());
    kept.push({ sender: m.sender, sentAt: m.sentAt, text: chars.slice(0, SAMPLE_LIMITS.chars).join(''), cut: chars.length > SAMPLE_LIMITS.chars, isCall: m.isCall, media: m.media });
    this.samples.set(m.sender, kept);
  }

  preview(facts: ExportFacts, zone: string): ImportPreview {
    const roles = this.roles.roles();
    const senders = [...this.senders].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return {
      format: facts.format,
      messages: this.real - this.kinds.calls,
      calls: this.kinds.calls,
      system: this.all - this.real,
      first: this.first,
      last: this.last,
      timesAreUtc: facts.timesAreUtc,
      zone,
      dateOrder: facts.dateOrder,
      dateOrderCertain: facts.dateOrderCertain,
      senders,
      ...(facts.chats ? { chats: facts.chats } : {}),
      needsChatChoice: facts.needsChatChoice ?? false,
      warnings: facts.warnings,
      kinds: { ...this.kinds },
      skipped: [...this.reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      roles: roles.bySender,
      countsByRole: roles.counts,
      unlikelyDates: this.unlikely,
      needsAbuserChoice: this.choice.abuserSenders.length === 0 && this.real > 0,
      samples: senders.slice(0, SAMPLE_LIMITS.senders).flatMap((sender) => this.samples.get(sender.name) ?? []),
    };
  }
}

export function previewOf(parsed: ParsedExport, zone: string, choice: SenderChoice = NOBODY): ImportPreview {
  const tally = new PreviewTally(choice);
  for (const m of parsed.messages) tally.add(m);
  return {
    ...tally.preview(parsed, zone),
    ...(parsed.media ? { media: parsed.media } : {}),
    ...(parsed.missingPages?.length ? { missingPages: parsed.missingPages } : {}),
  };
}

/** The abuser's messages came in to her, hers went out; a third party's keep what the export says. */
function direction(m: CanonicalMessage, role: MessageDraft['role']): MessageDraft['direction'] {
  if (role === 'abuser') return 'incoming';
  if (role === 'me') return 'outgoing';
  return m.direction;
}

/** Same message seen twice (re-import of an overlapping export): the platform id if any, else
 *  UTC instant + sender + text hash, numbered (`#n`, the n-th time it occurs in this export) so two
 *  identical messages in the same minute ("?", "?") both stay. `base` is null when the key is final. */
export function dedupeBaseOf(draft: MessageDraft, platformId: string | null): { key: string } | { base: string } {
  if (platformId) return { key: `id:${draft.channel}:${platformId}` };
  const textHash = createHash('sha256').update(`${draft.isCall}|${draft.callStatus ?? ''}|${draft.text}`).digest('hex');
  return { base: `t:${draft.sentAt}|${draft.sender}|${textHash}` };
}

function dedupeKeys(messages: readonly PreparedMessage[]): void {
  const seen = new Map<string, number>();
  for (const m of messages) {
    const key = dedupeBaseOf(m.draft, m.platformId);
    if ('key' in key) {
      m.dedupeKey = key.key;
      continue;
    }
    const n = seen.get(key.base) ?? 0;
    seen.set(key.base, n + 1);
    m.dedupeKey = `${key.base}#${n}`;
  }
}

/** One message as the vault stores it (without its dedupe key), or null for a system line
 *  ("Messages are end-to-end encrypted", "X joined": not contact from anyone). */
export function draftOf(m: CanonicalMessage, zone: string, timesAreUtc: boolean, roleOf: (m: CanonicalMessage) => MessageDraft['role'], personId?: string): Omit<PreparedMessage, 'dedupeKey'> | null {
  if (m.isSystem) return null;
  if (m.sentAt === null) throw new DossierError('IMPORT_MALFORMED', { line: m.sourceLine, reason: 'a message has no usable time' });
  const role = roleOf(m);
  const draft: MessageDraft = {
    channel: m.channel,
    direction: direction(m, role),
    sender: m.sender.slice(0, 300),
    sentAt: m.sentAt,
    zone,
    text: m.text.slice(0, 100_000),
    isCall: m.isCall,
    ...(m.callSeconds !== null ? { callSeconds: m.callSeconds } : {}),
    ...(m.callStatus !== null ? { callStatus: m.callStatus } : {}),
    ...(m.wallTime !== null && !timesAreUtc ? { wallTime: m.wallTime } : {}),
    ...(m.recipient ? { recipient: m.recipient.slice(0, 300) } : {}),
    ...(m.media ? { media: true } : {}),
    ...(m.deleted ? { deleted: true } : {}),
    ...(personId && role === 'abuser' ? { personId } : {}),
    role,
  };
  return { draft, platformId: m.platformId, sourceLine: m.sourceLine, rawHeader: m.rawHeader };
}

export function prepareMessages(parsed: ParsedExport, zone: string, choice: SenderChoice, personId?: string): PreparedMessage[] {
  const roleOf = roleOfMessage(choice);
  const prepared: PreparedMessage[] = [];
  for (const m of parsed.messages) {
    const one = draftOf(m, zone, parsed.timesAreUtc, roleOf, personId);
    if (one) prepared.push({ ...one, dedupeKey: '', ...(m.mediaFiles ? { mediaFiles: m.mediaFiles } : {}) });
  }
  dedupeKeys(prepared);
  return prepared;
}
