import { describe, expect, it } from 'vitest';
import { translator } from '../../../renderer/i18n';
import { formatMoney, formatOccurred, totalsByCurrency } from '../../../renderer/i18n/format';
import { changedFields } from '../../../renderer/screens/revisionDiff';
import type { EntryRecord } from '../../../shared/domain';

describe('format', () => {
  it('shows an event in the zone where it happened, whatever this computer’s zone', () => {
    const occurred = { at: '2024-03-05T18:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' as const };
    expect(formatOccurred(occurred, 'en-GB', translator('en'))).toBe('5 Mar 2024, 21:30');
    expect(formatOccurred({ ...occurred, precision: 'approximate' }, 'en-GB', translator('en'))).toBe('about 5 Mar 2024, 21:30');
    expect(formatOccurred({ ...occurred, precision: 'date' }, 'en-GB', translator('en'))).toBe('5 Mar 2024');
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
