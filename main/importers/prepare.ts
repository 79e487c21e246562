// From a parsed export to what the user is asked (the preview) and to what the vault stores
// (message drafts). Pure: no I/O. The service reads the file and writes the vault.
import { createHash } from 'node:crypto';
import type { MessageDraft } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import type { ImportPreview } from '../../shared/imports';
import { rolesOf, type SenderChoice } from './roles';
import type { CanonicalMessage, ParsedExport } from './types';

export interface PreparedMessage {
  draft: MessageDraft;
  platformId: string | null;
  sourceLine: number | null;
  rawHeader: string | null;
  dedupeKey: string;
  /** Files of the export to attach to this message (see whatsappMedia.ts). */
  mediaFiles?: string[];
}

function instantOf(m: CanonicalMessage): string | null {
  return m.sentAt;
}

function kindsOf(real: readonly CanonicalMessage[]): ImportPreview['kinds'] {
  const kinds = { text: 0, media: 0, location: 0, contactCard: 0, deleted: 0, calls: 0 };
  for (const m of real) {
    if (m.isCall) kinds.calls += 1;
    else if (m.location) kinds.location += 1;
    else if (m.contactCard) kinds.contactCard += 1;
    else if (m.deleted) kinds.deleted += 1;
    else if (m.media) kinds.media += 1;
    else kinds.text += 1;
  }
  return kinds;
}

function skippedOf(all: readonly CanonicalMessage[]): ImportPreview['skipped'] {
  const reasons = new Map<string, number>();
  for (const m of all) if (m.isSystem) reasons.set(m.systemReason ?? 'a system line', (reasons.get(m.systemReason ?? 'a system line') ?? 0) + 1);
  return [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

const NOBODY: SenderChoice = { abuserSenders: [], meSenders: [] };

export function previewOf(parsed: ParsedExport, zone: string, choice: SenderChoice = NOBODY): ImportPreview {
  const real = parsed.messages.filter((m) => !m.isSystem);
  const roles = rolesOf(real, choice);
  const senders = new Map<string, number>();
  for (const m of real) senders.set(m.sender, (senders.get(m.sender) ?? 0) + 1);
  const instants = real.map(instantOf).filter((t): t is string => t !== null).sort();
  return {
    format: parsed.format,
    messages: real.filter((m) => !m.isCall).length,
    calls: real.filter((m) => m.isCall).length,
    system: parsed.messages.length - real.length,
    first: instants[0] ?? null,
    last: instants[instants.length - 1] ?? null,
    timesAreUtc: parsed.timesAreUtc,
    zone,
    dateOrder: parsed.dateOrder,
    dateOrderCertain: parsed.dateOrderCertain,
    senders: [...senders].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    ...(parsed.chats ? { chats: parsed.chats } : {}),
    needsChatChoice: parsed.needsChatChoice ?? false,
    warnings: parsed.warnings,
    kinds: kindsOf(real),
    skipped: skippedOf(parsed.messages),
    roles: roles.bySender,
    countsByRole: roles.counts,
    needsAbuserChoice: choice.abuserSenders.length === 0 && real.length > 0,
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
 *  UTC instant + sender + text hash, numbered so two identical messages in the same minute
 *  ("?", "?") both stay. */
function dedupeKeys(messages: readonly PreparedMessage[]): void {
  const seen = new Map<string, number>();
  for (const m of messages) {
    if (m.platformId) {
      m.dedupeKey = `id:${m.draft.channel}:${m.platformId}`;
      continue;
    }
    const textHash = createHash('sha256').update(`${m.draft.isCall}|${m.draft.callStatus ?? ''}|${m.draft.text}`).digest('hex');
    const base = `t:${m.draft.sentAt}|${m.draft.sender}|${textHash}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    m.dedupeKey = `${base}#${n}`;
  }
}

export function prepareMessages(parsed: ParsedExport, zone: string, choice: SenderChoice, personId?: string): PreparedMessage[] {
  const roles = rolesOf(parsed.messages.filter((m) => !m.isSystem), choice);
  const prepared: PreparedMessage[] = [];
  for (const m of parsed.messages) {
    if (m.isSystem) continue; // "Messages are end-to-end encrypted", "X joined": not contact from anyone
    if (m.sentAt === null) throw new DossierError('IMPORT_MALFORMED', { line: m.sourceLine, reason: 'a message has no usable time' });
    const role = roles.of(m);
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
      ...(m.wallTime !== null && !parsed.timesAreUtc ? { wallTime: m.wallTime } : {}),
      ...(m.recipient ? { recipient: m.recipient.slice(0, 300) } : {}),
      ...(m.media ? { media: true } : {}),
      ...(m.deleted ? { deleted: true } : {}),
      ...(personId && role === 'abuser' ? { personId } : {}),
      role,
    };
    prepared.push({ draft, platformId: m.platformId, sourceLine: m.sourceLine, rawHeader: m.rawHeader, dedupeKey: '', ...(m.mediaFiles ? { mediaFiles: m.mediaFiles } : {}) });
  }
  dedupeKeys(prepared);
  return prepared;
}
