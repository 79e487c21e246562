import { describe, expect, it } from 'vitest';
import { translator } from '../../../renderer/i18n';
import { formatDay, formatMoney, formatOccurred, formatZone, totalsByCurrency } from '../../../renderer/i18n/format';
import { changedFields } from '../../../renderer/screens/revisionDiff';
import type { EntryRecord } from '../../../shared/domain';

describe('format', () => {
  it('shows an event in the zone where it happened, whatever this computer’s zone', () => {
    const occurred = { at: '2024-03-05T18:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' as const };
    expect(formatOccurred(occurred, 'en-GB', translator('en'))).toBe('5 March 2024, 21:30');
    expect(formatOccurred({ ...occurred, precision: 'approximate' }, 'en-GB', translator('en'))).toBe('about 5 March 2024, 21:30');
    expect(formatOccurred({ ...occurred, precision: 'date' }, 'en-GB', translator('en'))).toBe('5 March 2024');
    // Her style, not the browser's: dd.mm.yyyy and 24-hour, never "5 мар. 2024 г.".
    expect(formatOccurred(occurred, 'ru-RU', translator('ru'))).toBe('05.03.2024 21:30');
    expect(formatOccurred({ ...occurred, precision: 'approximate' }, 'uk-UA', translator('uk'))).toMatch(/05\.03\.2024 21:30/);
    expect(formatOccurred({ ...occurred, precision: 'span', end: '2024-03-09T10:00:00.000Z' }, 'be-BY', translator('be'))).toBe('05.03.2024 – 09.03.2024');
    expect(formatZone('Europe/Minsk', occurred.at, 'ru-RU')).toBe('Минск, UTC+03:00');
    expect(formatZone('Europe/Kiev', '2024-01-10T12:00:00.000Z', 'uk-UA')).toBe('Київ, UTC+02:00');
    expect(formatZone('America/Bogota', occurred.at, 'ru-RU')).toBe('America/Bogota, UTC-05:00');
    expect(formatDay('2024-03-06', 'en-GB')).toBe('6 March 2024');
  });

  it('adds money exactly, per currency', () => {
    expect(totalsByCurrency([{ value: '0.1', currency: 'BYN' }, { value: '0.2', currency: 'BYN' }, { value: '100', currency: 'USD' }, { value: '1250.5050', currency: 'BYN' }])).toEqual([
      { value: '1250.805', currency: 'BYN' },
      { value: '100', currency: 'USD' },
    ]);
    expect(formatMoney({ value: '1250.5', currency: 'BYN' }, 'ru-RU')).toMatch(/^1\s250,50\sBYN$/);
  });
});

describe('revision history', () => {
  it('names the fields that changed between two versions', () => {
    const before = { kind: 'incident', title: 'A', text: 'x', categories: ['physical'], personIds: [], occurredAt: { at: '2024-03-05T18:30:00.000Z', zone: 'UTC', precision: 'exact' } } as unknown as EntryRecord;
    const after = { ...before, text: 'y', categories: ['physical', 'threats'], policeReport: { number: '1' } } as unknown as EntryRecord;
    expect(changedFields(before, after)).toEqual(['text', 'categories', 'policeReport']);
    expect(changedFields(before, { ...before } as EntryRecord)).toEqual([]);
  });
});
