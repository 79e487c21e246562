// Section 1: the ten-minute view. Counts, then three charts: incidents per month, messages and calls
// per day, and economic losses per month in each currency — each per week, month or year when the
// records span too long for that (chartSeries.ts).
import { addDecimal, totalsByCurrency } from '../decimal';
import { contactFromAbuser } from '../../importers/patterns';
import { chartSeries, periodKey, type Series } from '../chartSeries';
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

/** Axis labels of a series. A day (or a week's first day) says its year once the chart spans more
 *  than one: "02.12" alone could be any. */
function labelled(ctx: RenderContext, series: Series): { label: string; value: number }[] {
  const { fmt } = ctx;
  const years = series.bars.length > 0 && series.bars[0]!.key.slice(0, 4) !== series.bars[series.bars.length - 1]!.key.slice(0, 4);
  const label = (key: string) => {
    if (series.period === 'month') return fmt.month(key);
    if (series.period === 'year') return key;
    return years ? fmt.calendarDay(key) : fmt.dayLabel(key);
  };
  return series.bars.map((b) => ({ label: label(b.key), value: b.value }));
}

/** Messages per day; per week, month or year when there would be too many bars to read. */
export function messageBars(ctx: RenderContext, messages: readonly { at: string; zone: string }[]): { title: string; bars: { label: string; value: number }[]; series: Series } {
  const { s } = ctx;
  const series = chartSeries(messages, 'day', MAX_BARS);
  const titles = { day: s.summary.messagesPerDay, week: s.summary.messagesPerWeek, month: s.summary.messagesPerMonth, year: s.summary.messagesPerYear };
  return { title: titles[series.period], bars: labelled(ctx, series), series };
}

/** Under a chart that shows only the years with events (they are more than MAX_BARS years apart). */
export function noteGaps(ctx: RenderContext, series: Series): void {
  if (!series.continuous) ctx.flow.paragraph(ctx.s.summary.onlyYearsWithEvents(MAX_BARS), 'small');
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

  const incidents = chartSeries(data.entries.filter((d) => d.entry.kind === 'incident').map((d) => ({ at: d.entry.occurredAt.at, zone: d.entry.occurredAt.zone })), 'month', MAX_BARS);
  if (incidents.bars.length === 0) flow.paragraph(s.summary.noIncidents, 'small');
  else {
    const bars = labelled(ctx, incidents);
    const title = incidents.period === 'month' ? s.summary.incidentsPerMonth : s.summary.incidentsPerYear;
    barChart(flow, { title, bars, short, integer: true, alt: s.summary.chartAlt(title, altValues(bars, short)) });
    noteGaps(ctx, incidents);
  }
  ctx.checkpoint();

  // His messages and calls only, log by log: her replies and third parties are not contact from him.
  const his = data.entries.flatMap((d) => contactFromAbuser(d.messages));
  if (his.length === 0) flow.paragraph(s.summary.noMessages, 'small');
  else {
    const chart = messageBars(ctx, his.map((m) => ({ at: m.sentAt, zone: m.zone })));
    barChart(flow, { title: chart.title, bars: chart.bars, short, integer: true, alt: s.summary.chartAlt(chart.title, altValues(chart.bars, short)) });
    noteGaps(ctx, chart.series);
  }

  if (totals.length === 0) flow.paragraph(s.summary.noLosses, 'small');
  for (const { currency, total } of totals) {
    const inCurrency = economic.filter((a) => a.currency === currency);
    const series = chartSeries(inCurrency.map((a) => ({ at: a.at.at, zone: a.at.zone, weight: Number(a.value) })), 'month', MAX_BARS);
    const period = series.period === 'month' ? 'month' : 'year';
    // Each bar is labelled with its exact sum ("200,25", never a rounded "200,3"): a figure in a
    // court file that disagrees with the ledger by a kopek discredits both.
    const exact = new Map<string, string>();
    for (const a of inCurrency) {
      const key = periodKey(period, a.at.at, a.at.zone);
      exact.set(key, addDecimal(exact.get(key) ?? '0', a.value));
    }
    const bars = labelled(ctx, series).map((b, i) => ({ ...b, text: exact.has(series.bars[i]!.key) ? fmt.decimal(exact.get(series.bars[i]!.key)!) : undefined }));
    const title = (period === 'month' ? s.summary.lossesByMonth : s.summary.lossesByYear)(currency, fmt.money(total, currency));
    barChart(flow, { title, bars, short, alt: s.summary.chartAlt(title, altValues(bars, short)), height: 80 });
    noteGaps(ctx, series);
  }
  flow.closeSection();
}
