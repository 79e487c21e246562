// Issue 13, item 4: the per-day chart in readable bars, gaps kept as empty bars.
import { describe, expect, it } from 'vitest';
import { binDays, chooseUnit, tickIndexes } from '../../../renderer/components/chartBins';

const day = (d: string, messages: number, calls = 0) => ({ day: d, messages, calls });

describe('chart bins', () => {
  it('one day is one bar with its count (not a block filling the chart)', () => {
    expect(binDays([day('2024-03-15', 7, 2)])).toEqual({ unit: 'day', continuous: true, bins: [{ start: '2024-03-15', end: '2024-03-15', count: 9 }] });
  });

  it('days with nothing between two busy days are empty bars, in order', () => {
    const { unit, bins } = binDays([day('2024-03-18', 1), day('2024-03-15', 4)]);
    expect(unit).toBe('day');
    expect(bins.map((b) => [b.start, b.count])).toEqual([
      ['2024-03-15', 4],
      ['2024-03-16', 0],
      ['2024-03-17', 0],
      ['2024-03-18', 1],
    ]);
  });

  it('chooses days up to 60 days, weeks up to about two years, then months', () => {
    expect(chooseUnit('2024-01-01', '2024-02-29')).toBe('day'); // 60 days
    expect(chooseUnit('2024-01-01', '2024-03-01')).toBe('week'); // 61 days
    expect(chooseUnit('2024-01-01', '2025-12-31')).toBe('week');
    expect(chooseUnit('2024-01-01', '2026-01-02')).toBe('month');
  });

  it('weeks run Monday to Sunday and cover the whole span, silent weeks included', () => {
    // 2024-03-06 is a Wednesday; 2024-05-20 a Monday.
    const { unit, bins } = binDays([day('2024-03-06', 2), day('2024-03-10', 3), day('2024-03-11', 1), day('2024-05-20', 5)]);
    expect(unit).toBe('week');
    expect(bins[0]).toEqual({ start: '2024-03-04', end: '2024-03-10', count: 5 });
    expect(bins[1]).toEqual({ start: '2024-03-11', end: '2024-03-17', count: 1 });
    expect(bins.at(-1)).toEqual({ start: '2024-05-20', end: '2024-05-26', count: 5 });
    expect(bins).toHaveLength(12);
    expect(bins.slice(2, -1).every((b) => b.count === 0)).toBe(true);
  });

  it('three days years apart are months apart on the chart, not three equal neighbours', () => {
    const { unit, bins } = binDays([day('2021-01-10', 3), day('2022-06-01', 3), day('2024-02-29', 3)]);
    expect(unit).toBe('month');
    expect(bins[0]).toEqual({ start: '2021-01-01', end: '2021-01-31', count: 3 });
    expect(bins.find((b) => b.start === '2024-02-01')).toEqual({ start: '2024-02-01', end: '2024-02-29', count: 3 });
    expect(bins).toHaveLength(38);
    expect(bins.filter((b) => b.count > 0)).toHaveLength(3);
    expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(9);
  });

  it('beyond ten years a bar is a year; beyond 120 years only the years with messages (a wrong clock dates one 9999)', () => {
    expect(chooseUnit('2014-01-01', '2023-12-31')).toBe('month'); // 120 months
    expect(chooseUnit('2014-01-01', '2024-01-01')).toBe('year');
    const decade = binDays([day('2012-05-01', 2), day('2024-03-05', 3)]);
    expect(decade.unit).toBe('year');
    expect(decade.continuous).toBe(true);
    expect(decade.bins).toHaveLength(13);
    expect(decade.bins[0]).toEqual({ start: '2012-01-01', end: '2012-12-31', count: 2 });
    const crafted = binDays([day('2024-03-03', 8), day('2024-03-05', 1), day('9999-12-31', 1)]);
    expect(crafted).toEqual({
      unit: 'year',
      continuous: false,
      bins: [
        { start: '2024-01-01', end: '2024-12-31', count: 9 },
        { start: '9999-01-01', end: '9999-12-31', count: 1 },
      ],
    });
  });

  it('a month bar crosses the year correctly and December ends on the 31st', () => {
    const { bins } = binDays([day('2022-12-31', 1), day('2025-01-01', 1)]);
    expect(bins.find((b) => b.start === '2022-12-01')?.end).toBe('2022-12-31');
    expect(bins.at(-1)).toEqual({ start: '2025-01-01', end: '2025-01-31', count: 1 });
  });

  it('nothing to draw gives no bars, and unreadable days are left out', () => {
    expect(binDays([]).bins).toEqual([]);
    expect(binDays([day('not a day', 3), day('2024-03-15', 1)]).bins).toEqual([{ start: '2024-03-15', end: '2024-03-15', count: 1 }]);
  });

  it('labels the first and the last bar and a few between', () => {
    expect(tickIndexes(1)).toEqual([0]);
    expect(tickIndexes(4)).toEqual([0, 1, 2, 3]);
    expect(tickIndexes(38)).toEqual([0, 9, 19, 28, 37]);
    expect(tickIndexes(0)).toEqual([]);
  });
});
