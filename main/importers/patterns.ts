// Stalking is proven by volume and pattern ("143 messages in 3 days"): per day, per hour of day,
// calls and missed calls, first and last contact, the densest 24 h and 72 h windows, and how many
// came after the day she asked him to stop. Pure: messages in, numbers out.
import type { Message } from '../../shared/domain';
import type { PatternStats } from '../../shared/imports';
import { localDay, wallClock } from '../../shared/zonedTime';

const HOUR_MS = 3_600_000;
const MISSED = new Set(['missed', 'rejected', 'unanswered', 'voicemail', 'busy', 'blocked']);

/** Contact from the abuser: the messages with his role; without roles (typed by hand, imported
 *  before roles), his marked messages, otherwise everything not sent by her. Her replies and third
 *  parties are never added in (issue 9, item 1). */
export function contactFromAbuser<M extends Pick<Message, "role" | "direction" | "personId">>(messages: readonly M[]): M[] {
  const his = (m: M) => m.role === 'abuser' || (m.role === undefined && (m.direction === 'incoming' || m.personId !== undefined));
  const marked = messages.filter(his);
  if (marked.length > 0 || messages.some((m) => m.role !== undefined)) return marked;
  return messages.filter((m) => m.direction !== 'outgoing');
}

/** The most messages within any window of `hours`, with the first and last message in it. */
export function longestBurst(times: readonly number[], hours: number): PatternStats['longestBurst24h'] {
  let best = { count: 0, from: null as number | null, to: null as number | null };
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while (times[end]! - times[start]! >= hours * HOUR_MS) start += 1;
    const count = end - start + 1;
    if (count > best.count) best = { count, from: times[start]!, to: times[end]! };
  }
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return { count: best.count, from: iso(best.from), to: iso(best.to) };
}

export function patternStats(entryId: string, all: readonly Message[], zone: string, after?: string): PatternStats {
  const contact = contactFromAbuser(all).slice().sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.seq - b.seq);
  const texts = contact.filter((m) => !m.isCall);
  const calls = contact.filter((m) => m.isCall);
  const perDay = new Map<string, { messages: number; calls: number }>();
  const perHour = new Array<number>(24).fill(0);
  for (const m of contact) {
    const day = localDay(m.sentAt, zone);
    const hour = wallClock(m.sentAt, zone).hour;
    const bucket = perDay.get(day) ?? { messages: 0, calls: 0 };
    if (m.isCall) bucket.calls += 1;
    else bucket.messages += 1;
    perDay.set(day, bucket);
    perHour[hour] = (perHour[hour] ?? 0) + 1;
  }
  const times = texts.map((m) => Date.parse(m.sentAt));
  const since = after === undefined ? null : new Date(after).toISOString();
  return {
    entryId,
    zone,
    messages: texts.length,
    calls: calls.length,
    missedCalls: calls.filter((m) => MISSED.has(m.callStatus ?? '')).length,
    first: contact[0]?.sentAt ?? null,
    last: contact[contact.length - 1]?.sentAt ?? null,
    perDay: [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, ...counts })),
    perHour,
    longestBurst24h: longestBurst(times, 24),
    longestBurst72h: longestBurst(times, 72),
    after:
      since === null
        ? null
        : { since, messages: texts.filter((m) => m.sentAt >= since).length, calls: calls.filter((m) => m.sentAt >= since).length },
  };
}
