// The messages chart in the summary and in each log: a bar per day, week, month or year so there
// are never more than 120, and a day label that says its year once the chart spans several (a
// stalking log of SMS from 2017 and WhatsApp from 2024 drew 330 hairline weeks labelled "02.12").
import { describe, expect, it } from 'vitest';
import { Format } from '../../../main/dossier/format';
import { STRINGS } from '../../../main/dossier/i18n';
import type { RenderContext } from '../../../main/dossier/render/context';
import { messageBars } from '../../../main/dossier/render/summary';
import { perDay } from '../../../main/dossier/stats';

const ctx = (language: 'ru' | 'en') => ({ fmt: new Format(language, 'Europe/Minsk'), s: STRINGS[language] }) as unknown as RenderContext;
const at = (iso: string) => ({ at: iso, zone: 'Europe/Minsk' });

describe('the messages chart', () => {
  it('within one year: a bar per day, labelled by day and month', () => {
    const chart = messageBars(ctx('ru'), perDay([at('2024-03-03T18:14:05Z'), at('2024-03-03T20:48:00Z'), at('2024-03-05T15:02:19Z')]));
    expect(chart.title).toBe(STRINGS.ru.summary.messagesPerDay);
    expect(chart.bars).toEqual([
      { label: '03.03', value: 2 },
      { label: '04.03', value: 0 },
      { label: '05.03', value: 1 },
    ]);
  });

  it('across the new year: weeks, and every label says its year', () => {
    const chart = messageBars(ctx('ru'), perDay([at('2023-10-01T10:00:00Z'), at('2024-02-20T10:00:00Z')]));
    expect(chart.title).toBe(STRINGS.ru.summary.messagesPerWeek);
    expect(chart.bars.length).toBeLessThanOrEqual(120);
    expect(chart.bars[0]).toEqual({ label: '01.10.2023', value: 1 });
    expect(chart.bars.every((b) => /^\d\d\.\d\d\.20\d\d$/.test(b.label))).toBe(true);
    expect(chart.bars.reduce((n, b) => n + b.value, 0)).toBe(2);
  });

  it('over years: a bar per month, then per year; nothing is lost on the way', () => {
    const sms2017 = [at('2017-12-02T14:49:27Z'), at('2017-12-02T18:10:45Z')];
    const whatsapp2024 = [at('2024-03-03T18:14:05Z'), at('2024-03-05T15:02:19Z'), at('2024-03-05T15:02:20Z')];
    const months = messageBars(ctx('ru'), perDay([...sms2017, ...whatsapp2024]));
    expect(months.title).toBe(STRINGS.ru.summary.messagesPerMonth);
    expect(months.bars.length).toBe(76);
    expect(months.bars[0]).toEqual({ label: '12.2017', value: 2 });
    expect(months.bars[months.bars.length - 1]).toEqual({ label: '03.2024', value: 3 });
    const english = messageBars(ctx('en'), perDay([...sms2017, ...whatsapp2024]));
    expect(english.bars[0]).toEqual({ label: 'December 2017', value: 2 });

    const years = messageBars(ctx('ru'), perDay([at('2005-06-01T10:00:00Z'), ...whatsapp2024]));
    expect(years.title).toBe(STRINGS.ru.summary.messagesPerYear);
    expect(years.bars.map((b) => b.label)).toEqual(Array.from({ length: 20 }, (_, i) => String(2005 + i)));
    expect(years.bars.reduce((n, b) => n + b.value, 0)).toBe(4);
  });
});
