// The charts' time axis (chartSeries.ts) and the messages chart built on it: a bar per day, week,
// month or year so there are never more than 120; a day label that says its year once the chart
// spans several (an SMS log from 2017 beside WhatsApp from 2024 drew 330 hairline weeks labelled
// "02.12"); and a date far away (a typo, a phone's wrong clock, a crafted file) costs no more than
// any other: one message dated 9999 made 2.9 million day buckets and ran the export out of memory.
import { describe, expect, it } from 'vitest';
import { chartSeries } from '../../../main/dossier/chartSeries';
import { Format } from '../../../main/dossier/format';
import { STRINGS } from '../../../main/dossier/i18n';
import type { RenderContext } from '../../../main/dossier/render/context';
import { messageBars } from '../../../main/dossier/render/summary';

const ctx = (language: 'ru' | 'en') => ({ fmt: new Format(language, 'Europe/Minsk'), s: STRINGS[language] }) as unknown as RenderContext;
const at = (iso: string) => ({ at: iso, zone: 'Europe/Minsk' });
const total = (bars: readonly { value: number }[]) => bars.reduce((n, b) => n + b.value, 0);

describe('the messages chart', () => {
  it('within one year: a bar per day, labelled by day and month', () => {
    const chart = messageBars(ctx('ru'), [at('2024-03-03T18:14:05Z'), at('2024-03-03T20:48:00Z'), at('2024-03-05T15:02:19Z')]);
    expect(chart.title).toBe(STRINGS.ru.summary.messagesPerDay);
    expect(chart.bars).toEqual([
      { label: '03.03', value: 2 },
      { label: '04.03', value: 0 },
      { label: '05.03', value: 1 },
    ]);
  });

  it('across the new year: weeks, and every label says its year', () => {
    const chart = messageBars(ctx('ru'), [at('2023-10-01T10:00:00Z'), at('2024-02-20T10:00:00Z')]);
    expect(chart.title).toBe(STRINGS.ru.summary.messagesPerWeek);
    expect(chart.bars.length).toBeLessThanOrEqual(120);
    expect(chart.bars[0]).toEqual({ label: '01.10.2023', value: 1 });
    expect(chart.bars.every((b) => /^\d\d\.\d\d\.20\d\d$/.test(b.label))).toBe(true);
    expect(total(chart.bars)).toBe(2);
  });

  it('over years: a bar per month, then per year; nothing is lost on the way', () => {
    const sms2017 = [at('2017-12-02T14:49:27Z'), at('2017-12-02T18:10:45Z')];
    const whatsapp2024 = [at('2024-03-03T18:14:05Z'), at('2024-03-05T15:02:19Z'), at('2024-03-05T15:02:20Z')];
    const months = messageBars(ctx('ru'), [...sms2017, ...whatsapp2024]);
    expect(months.title).toBe(STRINGS.ru.summary.messagesPerMonth);
    expect(months.bars.length).toBe(76);
    expect(months.bars[0]).toEqual({ label: '12.2017', value: 2 });
    expect(months.bars[months.bars.length - 1]).toEqual({ label: '03.2024', value: 3 });
    expect(messageBars(ctx('en'), [...sms2017, ...whatsapp2024]).bars[0]).toEqual({ label: 'December 2017', value: 2 });

    const years = messageBars(ctx('ru'), [at('2005-06-01T10:00:00Z'), ...whatsapp2024]);
    expect(years.title).toBe(STRINGS.ru.summary.messagesPerYear);
    expect(years.bars.map((b) => b.label)).toEqual(Array.from({ length: 20 }, (_, i) => String(2005 + i)));
    expect(total(years.bars)).toBe(4);
  });

  it('a date thousands of years away: only the years with messages, said so, at the cost of any other chart', () => {
    const chart = messageBars(ctx('ru'), [at('2024-03-03T18:14:05Z'), at('9999-12-31T20:59:59Z'), at('0001-01-01T10:00:00Z')]);
    expect(chart.series).toMatchObject({ period: 'year', continuous: false });
    expect(chart.bars).toEqual([
      { label: '1', value: 1 },
      { label: '2024', value: 1 },
      { label: '9999', value: 1 },
    ]);
    expect(STRINGS.ru.summary.onlyYearsWithEvents(120)).toContain('120');
    // 2024 to 2204 (a typo in the year) is 181 years: a bar per year, not 2,161 months.
    expect(chartSeries([at('2024-03-02T10:00:00Z'), at('2204-03-02T10:00:00Z')], 'month', 120)).toMatchObject({ period: 'year', continuous: false });
    expect(chartSeries([at('2024-03-02T10:00:00Z'), at('2100-03-02T10:00:00Z')], 'month', 120).bars).toHaveLength(77);
  });
});
