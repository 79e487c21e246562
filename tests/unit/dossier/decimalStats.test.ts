// Money is summed exactly and the burst figures are right: checked against brute force.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimal, fromUnits, totalsByCurrency, toUnits } from '../../../main/dossier/decimal';
import { DateTime } from 'luxon';
import { chartSeries } from '../../../main/dossier/chartSeries';
import { busiestWindow, dayKey, perHour } from '../../../main/dossier/stats';

describe('decimal money', () => {
  it('adds decimal strings exactly (no float drift)', () => {
    expect(addDecimal('0.1', '0.2')).toBe('0.3');
    expect(addDecimal('999999999999999.9999', '0.0001')).toBe('1000000000000000');
    expect(fromUnits(toUnits('1500.50'))).toBe('1500.5');
    expect(totalsByCurrency([{ value: '1500.50', currency: 'BYN' }, { value: '350', currency: 'USD' }, { value: '200.25', currency: 'BYN' }])).toEqual([
      { currency: 'BYN', total: '1700.75' },
      { currency: 'USD', total: '350' },
    ]);
  });

  it('a sum of any amounts equals the sum of their integer ten-thousandths', () => {
    const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 9999 })).map(([whole, frac]) => `${whole}.${String(frac).padStart(4, '0')}`);
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), (values) => {
        const total = values.reduce((sum, v) => addDecimal(sum, v), '0');
        const expected = values.reduce((sum, v) => sum + BigInt(v.replace('.', '')), 0n);
        expect(toUnits(total)).toBe(expected);
      }),
    );
  });

  it('rejects what is not a decimal amount', () => {
    expect(() => toUnits('1e3')).toThrow();
    expect(() => toUnits('-5')).toThrow();
  });
});

describe('counts and bursts', () => {
  it('counts days and months in the zone of the event, with empty days kept', () => {
    // 22:30 UTC on 4 March is already 5 March in Minsk (UTC+3).
    expect(dayKey('2024-03-04T22:30:00.000Z', 'Europe/Minsk')).toBe('2024-03-05');
    expect(dayKey('2024-03-04T22:30:00.000Z', 'America/New_York')).toBe('2024-03-04');
    // Day names are kept once written: each instant still gets its own local day, before 1970 too,
    // east and west of UTC, across a year's end and a daylight-saving night.
    const instants = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(1969, 11, 31) - 5 * 86_400_000 + i * 5_387_000 * 7).toISOString());
    for (const zone of ['Europe/Minsk', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'])
      for (const at of [...instants, '2024-03-31T00:59:59.000Z', '2024-03-31T01:00:00.000Z', '2024-12-31T21:00:00.000Z']) {
        const local = DateTime.fromISO(at, { zone }).toISODate();
        expect(dayKey(at, zone), `${at} ${zone}`).toBe(local);
      }
    const items = [
      { at: '2024-03-01T10:00:00.000Z', zone: 'UTC' },
      { at: '2024-03-04T10:00:00.000Z', zone: 'UTC' },
      { at: '2024-03-04T11:00:00.000Z', zone: 'UTC' },
    ];
    expect(chartSeries(items, 'day', 120)).toEqual({
      period: 'day',
      continuous: true,
      bars: [
        { key: '2024-03-01', value: 1 },
        { key: '2024-03-02', value: 0 },
        { key: '2024-03-03', value: 0 },
        { key: '2024-03-04', value: 2 },
      ],
    });
    expect(chartSeries(items, 'day', 3).bars).toEqual([{ key: '2024-03-01', value: 3 }]);
    expect(chartSeries([{ at: '2023-12-31T23:30:00.000Z', zone: 'Europe/Minsk' }, { at: '2024-02-10T00:00:00.000Z', zone: 'UTC', weight: 5 }], 'month', 120).bars.map((b) => [b.key, b.value])).toEqual([
      ['2024-01', 1],
      ['2024-02', 5],
    ]);
  });

  it('counts the hour of the local day right in the hour Adelaide moves its clocks (at half past a UTC hour)', () => {
    // 16:30Z on 5 October 2024: 02:00 ACST (+09:30) becomes 03:00 ACDT (+10:30). The old per-UTC-hour
    // offset cache kept the offset of whichever message it saw first, and put 16:15Z at 02:45, a
    // time that never happened there.
    const zone = 'Australia/Adelaide';
    const hours = perHour([{ at: '2024-10-05T16:45:00.000Z', zone }, { at: '2024-10-05T16:15:00.000Z', zone }]);
    expect(hours[1]).toBe(1); // 01:45 ACST
    expect(hours[3]).toBe(1); // 03:15 ACDT
    expect(hours[2]).toBe(0);
    expect(dayKey('2024-03-05T18:45:00.000Z', 'Asia/Kolkata')).toBe('2024-03-06'); // 00:15 IST
  });

  it('finds the busiest window exactly as brute force does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 80 }), fc.integer({ min: 1, max: 3000 }), (raw, window) => {
        const times = [...raw].sort((a, b) => a - b);
        const found = busiestWindow(times, window);
        let best = 0;
        for (let i = 0; i < times.length; i += 1) best = Math.max(best, times.filter((t) => t >= times[i]! && t - times[i]! < window).length);
        expect(found?.count ?? 0).toBe(best);
        if (found) expect(times[found.last]! - times[found.first]!).toBeLessThan(window);
      }),
    );
  });
});
