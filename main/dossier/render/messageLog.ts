// Section 4: for each stalking entry with messages: the figures (how many, to and from her, calls,
// the busiest 24 h and 72 h), the per-day and hour-of-day charts, then every message in a table.
import type { Message, SenderRole } from '../../../shared/domain';
import { inSentence } from '../../../shared/words';
import { contactFromAbuser } from '../../importers/patterns';
import type { Format } from '../format';
import type { Strings } from '../i18n';
import type { DossierEntry, ExhibitAttachment } from '../select';
import { busiestWindow, dayKey, perHour } from '../stats';
import { barChart } from './charts';
import { bookmark, startSection, type RenderContext } from './context';
import type { Cell, Column, Row } from './flow';
import { compactNumber, messageBars, noteGaps } from './summary';

export function messageText(s: Strings, fmt: Format, m: Message): string {
  if (!m.isCall) return m.text;
  const status = m.callStatus ? (s.log.callStatuses[m.callStatus as keyof Strings['log']['callStatuses']] ?? m.callStatus) : '';
  return `${s.log.call(status, m.callSeconds !== undefined ? fmt.duration(m.callSeconds) : '')}${m.text ? ` ${m.text}` : ''}`;
}

/** Messages without a role (typed by hand, imported before roles): her outgoing ones are hers,
 *  the rest his, as the log always showed them. */
export function roleOf(m: Message): SenderRole {
  return m.role ?? (m.direction === 'outgoing' ? 'me' : 'abuser');
}

/** His messages by name; hers and third parties' say so beside the name. */
function senderText(s: Strings, m: Message): string {
  const role = roleOf(m);
  if (role === 'me') return `${m.sender || s.none} (${inSentence(s.directions.outgoing)})`;
  if (role === 'other') return `${m.sender || s.none} (${s.log.thirdParty})`;
  return m.sender || s.none;
}

/** One line per message where possible: the date and offset sit in the day's group row, the row
 *  shows the time (with its offset again only if it differs, e.g. on a daylight-saving night). */
export function messageRow(s: Strings, fmt: Format, m: Message, n: number, dayOffset: string, showChannel: boolean, files?: ReadonlyMap<string, ExhibitAttachment>): Cell[] {
  const offset = fmt.offset(m.sentAt, m.zone);
  const time = `${fmt.time(m.sentAt, m.zone)}${offset === dayOffset ? '' : `\n${offset}`}`;
  const sender = senderText(s, m);
  const from = showChannel && !m.isCall ? `${sender} · ${s.channels[m.channel]}` : sender;
  // A file left out of the dossier (excluded, redacted away) is not named here either.
  const sent = (m.attachmentIds ?? []).map((id) => files?.get(id)).filter((f): f is ExhibitAttachment => f !== undefined);
  const text = [messageText(s, fmt, m), ...sent.map((f) => s.log.sentFile(f.exhibit, f.fileName))].filter((t) => t !== '').join('\n');
  return [fmt.number(n), time, from, text];
}

/** The channel goes on every row only when the log mixes channels (calls say so themselves). */
export function mixedChannels(messages: readonly Message[]): boolean {
  return new Set(messages.filter((m) => !m.isCall).map((m) => m.channel)).size > 1;
}

function* messageRows(ctx: RenderContext, messages: readonly Message[], files: ReadonlyMap<string, ExhibitAttachment>): Generator<Row> {
  const { s, fmt } = ctx;
  let day = '';
  let dayOffset = '';
  const showChannel = mixedChannels(messages);
  // Each message's local day, worked out once (the group row counts the day's messages ahead).
  const days = messages.map((m) => `${dayKey(m.sentAt, m.zone)} ${m.zone}`);
  for (const [i, m] of messages.entries()) {
    const key = days[i]!;
    if (key !== day) {
      day = key;
      dayOffset = fmt.offset(m.sentAt, m.zone);
      let count = 0;
      for (let j = i; j < messages.length && days[j] === key; j += 1) count += 1;
      // The day's zone only where it is not the dossier's home zone (stated once, on the cover).
      const zoneText = m.zone === fmt.homeZone ? '' : ` · ${fmt.zoneAt(m.sentAt, m.zone)}`;
      yield { group: `${fmt.date(m.sentAt, m.zone)}${zoneText} — ${fmt.count(count, s.units.messages)}` };
    }
    if ((i + 1) % 500 === 0) ctx.checkpoint();
    yield messageRow(s, fmt, m, i + 1, dayOffset, showChannel, files);
  }
}

export function burstText(s: Strings, fmt: Format, messages: readonly Message[], hours: number): string {
  const times = messages.map((m) => Date.parse(m.sentAt));
  const burst = busiestWindow(times, hours * 3_600_000);
  if (!burst) return s.none;
  const first = messages[burst.first]!;
  const last = messages[burst.last]!;
  return s.log.burst(fmt.count(burst.count, s.units.messages), fmt.dateTime(first.sentAt, first.zone), fmt.dateTime(last.sentAt, last.zone));
}

function renderLog(ctx: RenderContext, d: DossierEntry): void {
  const { flow, s, fmt } = ctx;
  const messages = d.messages;
  // Counts, bursts and the chart are his alone; her replies and third parties are context.
  const his = contactFromAbuser(messages);
  const count = (role: SenderRole) => messages.filter((m) => roleOf(m) === role).length;
  const first = messages[0]!;
  const last = messages[messages.length - 1]!;
  const others = count('other');
  flow.fields([
    [s.log.total, fmt.number(messages.length)],
    [s.log.incoming, fmt.number(his.length)],
    [s.log.outgoing, fmt.number(count('me'))],
    ...(others > 0 ? [[s.log.others, fmt.number(others)] as [string, string]] : []),
    [s.log.calls, fmt.number(his.filter((m) => m.isCall).length)],
    [s.log.channels, [...new Set(messages.map((m) => inSentence(s.channels[m.channel])))].join(', ')],
    [s.log.between, `${fmt.dateTime(first.sentAt, first.zone)} – ${fmt.dateTime(last.sentAt, last.zone)}`],
    [s.log.busiest24, burstText(s, fmt, his, 24)],
    [s.log.busiest72, burstText(s, fmt, his, 72)],
  ]);
  const chart = messageBars(ctx, his.map((m) => ({ at: m.sentAt, zone: m.zone })));
  const short = compactNumber(fmt.locale);
  const alt = s.summary.chartAlt(chart.title, chart.bars.map((b) => `${b.label}: ${b.value}`).join('; '));
  barChart(flow, { title: chart.title === s.summary.messagesPerDay ? s.log.perDay : chart.title, bars: chart.bars, short, alt, integer: true, height: 90 });
  noteGaps(ctx, chart.series);
  // By hour of the local day: messages at 3 a.m. are part of what stalking is.
  const hours = perHour(his.map((m) => ({ at: m.sentAt, zone: m.zone }))).map((value, hour) => ({ label: String(hour).padStart(2, '0'), value }));
  barChart(flow, { title: s.log.perHour, bars: hours, short, alt: s.summary.chartAlt(s.log.perHour, hours.map((b) => `${b.label}: ${b.value}`).join('; ')), integer: true, height: 80 });
  const columns: Column[] = [
    { title: s.log.no, share: 0.07, align: 'right' },
    { title: s.log.time, share: 0.09 },
    { title: s.log.from, share: 0.2 },
    { title: s.log.message, share: 0.64 },
  ];
  flow.table(columns, messageRows(ctx, messages, new Map(d.attachments.map((a) => [a.id, a]))));
}

export function renderMessageLogs(ctx: RenderContext): void {
  const { flow, s, data } = ctx;
  const outline = startSection(ctx, 'messages', s.sections.messages);
  flow.paragraph(s.log.intro, 'small', { after: 8 });
  const logs = data.entries.filter((d) => d.messages.length > 0);
  if (logs.length === 0) flow.paragraph(s.summary.noMessages, 'body');
  for (const d of logs) {
    const top = flow.heading(2, `${s.entryNo(d.exhibit)} · ${d.entry.title}`, 150);
    bookmark(ctx, outline, `${s.entryNo(d.exhibit)} ${d.entry.title}`, top);
    renderLog(ctx, d);
    ctx.checkpoint();
  }
  flow.closeSection();
}
