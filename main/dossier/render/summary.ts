// Section 1: the ten-minute view. Counts, then three charts: incidents per month, messages and calls
// per day (per week, month or year over long stretches), and economic losses per month in each currency.
import { addDecimal, totalsByCurrency } from '../decimal';
import { contactFromAbuser } from '../../importers/patterns';
import { monthKey, perDay, perMonth, perPeriodOfDays, perWeek, type Bucket } from '../stats';
import { barChart } from './charts';
import { startSection, type RenderContext } from './context';

/** More bars than this are too thin to read: the chart goes to the next longer period. */
const MAX_BARS = 120;

export function compactNumber(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

function altValues(buckets: readonly { label: string; value: number }[], short: (v: number) => string): string {
  return buckets.map((b) => `${b.label}: ${short(b.value)}`).join('; ');
}

/** Messages per day; per week, month or year when there would be too many bars to read. Once the
 *  chart spans more than one year every day label says its year: "02.12" alone could be any. */
export function messageBars(ctx: RenderContext, days: Bucket[]): { title: string; bars: { label: string; value: number }[] } {
  const { fmt, s } = ctx;
  const years = days.length > 0 && days[0]!.key.slice(0, 4) !== days[days.length - 1]!.key.slice(0, 4);
  const day = (b: Bucket) => ({ label: years ? fmt.calendarDay(b.key) : fmt.dayLabel(b.key), value: b.value });
  if (days.length <= MAX_BARS) return { title: s.summary.messagesPerDay, bars: days.map(day) };
  const weeks = perWeek(days);
  if (weeks.length <= MAX_BARS) return { title: s.summary.messagesPerWeek, bars: weeks.map(day) };
  const months = perPeriodOfDays(days, 7);
  if (months.length <= MAX_BARS) return { title: s.summary.messagesPerMonth, bars: months.map((b) => ({ label: fmt.month(b.key), value: b.value })) };
  return { title: s.summary.messagesPerYear, bars: perPeriodOfDays(days, 4).map((b) => ({ label: b.key, value: b.value })) };
}

export function renderSummary(ctx: RenderContext): void {
  const { flow, fmt, s, data } = ctx;
  startSection(ctx, 'summary', s.sections.summary);
  flow.paragraph(s.summary.intro, 'small', { after: 8 });
  const short = compactNumber(fmt.locale);
  const count = (kind: string) => data.entries.filter((d) => d.entry.kind === kind).length;
  const messages = data.entries.flatMap((d) => d.messages);
  const files = data.entries.reduce((n, d) => n + d.attachments.length, 0);
  const economic = data.entries.flatMap((d) => (d.entry.kind === 'economic' && d.entry.amount ? [{ ...d.entry.amount, at: d.entry.occurredAt }] : []));
  const totals = totalsByCurrency(economic);
  flow.fields([
    [s.kindsPlural.incident, fmt.number(count('incident'))],
    [s.kindsPlural.stalking, `${fmt.number(count('stalking'))}  (${fmt.count(messages.length, s.units.messages)})`],
    [s.kindsPlural.economic, [fmt.number(count('economic')), ...totals.map((t) => fmt.money(t.total, t.currency))].join('  ·  ')],
    [s.entry.attachments, fmt.count(files, s.units.files)],
  ]);

  const incidents = perMonth(data.entries.filter((d) => d.entry.kind === 'incident').map((d) => ({ at: d.entry.occurredAt.at, zone: d.entry.occurredAt.zone })));
  if (incidents.length === 0) flow.paragraph(s.summary.noIncidents, 'small');
  else {
    const bars = incidents.map((b) => ({ label: fmt.month(b.key), value: b.value }));
    barChart(flow, { title: s.summary.incidentsPerMonth, bars, short, integer: true, alt: s.summary.chartAlt(s.summary.incidentsPerMonth, altValues(bars, short)) });
  }
  ctx.checkpoint();

  // His messages and calls only, log by log: her replies and third parties are not contact from him.
  const his = data.entries.flatMap((d) => contactFromAbuser(d.messages));
  const days = perDay(his.map((m) => ({ at: m.sentAt, zone: m.zone })));
  if (days.length === 0) flow.paragraph(s.summary.noMessages, 'small');
  else {
    const chart = messageBars(ctx, days);
    barChart(flow, { title: chart.title, bars: chart.bars, short, integer: true, alt: s.summary.chartAlt(chart.title, altValues(chart.bars, short)) });
  }

  if (totals.length === 0) flow.paragraph(s.summary.noLosses, 'small');
  for (const { currency, total } of totals) {
    const inCurrency = economic.filter((a) => a.currency === currency);
    const months = perMonth(inCurrency.map((a) => ({ at: a.at.at, zone: a.at.zone, weight: Number(a.value) })));
    // Each bar is labelled with its exact sum ("200,25", never a rounded "200,3"): a figure in a
    // court file that disagrees with the ledger by a kopek discredits both.
    const exact = new Map<string, string>();
    for (const a of inCurrency) exact.set(monthKey(a.at.at, a.at.zone), addDecimal(exact.get(monthKey(a.at.at, a.at.zone)) ?? '0', a.value));
    const bars = months.map((b) => ({ label: fmt.month(b.key), value: b.value, text: exact.has(b.key) ? fmt.decimal(exact.get(b.key)!) : undefined }));
    const title = s.summary.lossesByMonth(currency, fmt.money(total, currency));
    barChart(flow, { title, bars, short, alt: s.summary.chartAlt(title, altValues(bars, short)), height: 80 });
  }
  flow.closeSection();
}
