import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../shared/domain';
import { emptyForm, formFromEntry, normaliseAmount, titleFrom, toDraft, type EntryForm } from '../../../renderer/screens/entryForm';

const base = (changes: Partial<EntryForm> = {}): EntryForm => ({ ...emptyForm('incident', new Date('2024-03-05T18:30:00Z'), 'Europe/Minsk'), ...changes });

describe('entryForm', () => {
  it('starts with now, in the given zone, to the minute', () => {
    expect(base()).toMatchObject({ date: '2024-03-05', time: '21:30', zone: 'Europe/Minsk', precision: 'exact' });
  });

  it('needs only a date and a few words: the title comes from the first line', () => {
    const result = toDraft(base({ text: 'He shouted and broke the door.\nThen he left.' }));
    expect(result).toMatchObject({ draft: { kind: 'incident', title: 'He shouted and broke the door.', occurredAt: { at: '2024-03-05T18:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' } } });
  });

  it('says what is missing instead of failing, each problem for its own field', () => {
    expect(toDraft(base({ date: '', text: 'x' }))).toEqual({ problems: { date: 'entry.needWhen' } });
    expect(toDraft(base())).toEqual({ problems: { text: 'entry.needWhat' } });
    expect(toDraft(base({ text: 'x', zone: 'Mars/Olympus' }))).toEqual({ problems: { zone: 'entry.badZone' } });
    expect(toDraft(base({ text: 'x', precision: 'span', endDate: '' }))).toEqual({ problems: { endDate: 'entry.badEnd' } });
    expect(toDraft(base({ text: 'x', precision: 'span', endDate: '2024-03-01' }))).toEqual({ problems: { endDate: 'entry.badEnd' } });
    expect(toDraft(base({ kind: 'economic', text: 'x', amount: 'a lot' }))).toEqual({ problems: { amount: 'entry.badAmount' } });
  });

  it('a year typed wrong is said beside its day: a date that has not come yet, or before 1900', () => {
    const now = new Date('2024-03-06T12:00:00Z');
    expect(toDraft(base({ text: 'x', date: '2204-03-05' }), now)).toEqual({ problems: { date: 'entry.inFuture' } });
    expect(toDraft(base({ text: 'x', date: '0024-03-05' }), now)).toEqual({ problems: { date: 'entry.tooEarly' } });
    expect(toDraft(base({ text: 'x', precision: 'span', endDate: '2042-03-05' }), now)).toEqual({ problems: { endDate: 'entry.inFuture' } });
    // Today, and tomorrow in a zone ahead of her clock, are fine; so is 1901.
    expect(toDraft(base({ text: 'x', date: '2024-03-07', time: '09:00' }), now)).toHaveProperty('draft');
    expect(toDraft(base({ text: 'x', date: '1901-01-01' }), now)).toHaveProperty('draft');
  });

  it('finds every problem at once, not one per Save', () => {
    expect(toDraft(base({ kind: 'economic', date: '', amount: 'a lot', currency: 'руб' }))).toEqual({
      problems: { date: 'entry.needWhen', text: 'entry.needWhat', amount: 'entry.badAmount', currency: 'form.badCurrency' },
    });
  });

  it('says a currency problem on the currency, never as a bad amount (issue 13)', () => {
    expect(toDraft(base({ kind: 'economic', text: 'x', amount: '1500', currency: 'руб' }))).toEqual({ problems: { currency: 'form.badCurrency' } });
    expect(toDraft(base({ kind: 'economic', text: 'x', amount: '1500', currency: 'BYNN' }))).toEqual({ problems: { currency: 'form.badCurrency' } });
    expect(toDraft(base({ kind: 'economic', text: 'x', amount: '1500', currency: '  ' }))).toEqual({ problems: { currency: 'form.needCurrency' } });
    // No amount: the currency (even a default one) is not asked about.
    expect(toDraft(base({ kind: 'economic', text: 'x', amount: '', currency: '' }))).toMatchObject({ draft: { kind: 'economic' } });
    expect(toDraft(base({ kind: 'economic', text: 'x', amount: '1500', currency: 'rub' }))).toMatchObject({ draft: { amount: { value: '1500', currency: 'RUB' } } });
  });

  it('puts what the schema refuses beside the field she typed it in', () => {
    expect(toDraft(base({ text: 'x', title: 't'.repeat(301) }))).toEqual({ problems: { title: 'form.tooLong' } });
    expect(toDraft(base({ text: 'x', policeDate: '31.02.2024' }))).toEqual({ problems: { policeDate: 'form.badDate' } });
    expect(toDraft(base({ text: 'x', policeNumber: 'n'.repeat(201) }))).toEqual({ problems: { policeNumber: 'form.tooLong' } });
  });

  it('treats a missing time as "only the day", never as midnight', () => {
    const result = toDraft(base({ text: 'x', time: '' }));
    expect(result).toMatchObject({ draft: { occurredAt: { precision: 'date', at: '2024-03-04T21:00:00.000Z' } } });
  });

  it('keeps a span of days to the end of the last day', () => {
    const result = toDraft(base({ text: 'x', precision: 'span', endDate: '2024-03-09' }));
    expect(result).toMatchObject({ draft: { occurredAt: { precision: 'span', at: '2024-03-05T18:30:00.000Z', end: '2024-03-09T20:59:59.999Z' } } });
  });

  it('reads money the local way and keeps it exact', () => {
    expect(normaliseAmount('1 250,50')).toBe('1250.50');
    expect(normaliseAmount('1\u00a0250,5')).toBe('1250.5');
    const result = toDraft(base({ kind: 'economic', text: 'x', amount: '1 250,50', currency: 'byn' }));
    expect(result).toMatchObject({ draft: { kind: 'economic', amount: { value: '1250.50', currency: 'BYN' } } });
  });

  it('fills the incident-only fields and leaves the unknown ones out', () => {
    const result = toDraft(base({ text: 'x', injuries: ' bruise ', policeNumber: '12', childrenPresent: 'no' }));
    expect(result).toMatchObject({ draft: { injuries: 'bruise', policeReport: { number: '12' }, childrenPresent: false } });
    const bare = toDraft(base({ text: 'x' }));
    expect('draft' in bare && bare.draft.kind === 'incident' && bare.draft.policeReport).toBe(undefined);
  });

  it('shortens a long first line to a title', () => {
    expect(titleFrom(base({ text: 'a'.repeat(200) })).length).toBe(80);
  });

  it('cuts a long first line after a whole word, with an ellipsis', () => {
    const text = 'Вечером он снова пришёл пьяный, начал кричать при детях и забрал мою зарплату и банковскую карту';
    const title = titleFrom(base({ text }));
    expect(title).toBe('Вечером он снова пришёл пьяный, начал кричать при детях и забрал мою зарплату и…');
    expect(title.length).toBeLessThanOrEqual(80);
  });

  it('goes back from a stored entry to the same form', () => {
    const entry = {
      kind: 'economic', id: '0123456789abcdef', version: 1, recordedAt: '2024-03-06T10:00:00.000Z', recordedBy: 'Anna', updatedAt: '2024-03-06T10:00:00.000Z',
      occurredAt: { at: '2024-03-05T18:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' }, title: 'Card', text: 'He took the card', personIds: [], categories: ['deprivation_of_funds'],
      amount: { value: '100.5', currency: 'BYN' }, number: 1, archived: false, attachmentCount: 0, messageCount: 0,
    } as Entry;
    const form = formFromEntry(entry);
    expect(form).toMatchObject({ date: '2024-03-05', time: '21:30', amount: '100.5', currency: 'BYN', recordedBy: 'Anna' });
    expect(toDraft(form)).toMatchObject({ draft: { occurredAt: entry.occurredAt, amount: { value: '100.5', currency: 'BYN' }, title: 'Card' } });
  });

  it('shows an entry nobody signed with an empty "who recorded it", never the vault’s English "vault owner"', () => {
    const entry = {
      kind: 'incident', id: '0123456789abcdef', version: 1, recordedAt: '2024-03-06T10:00:00.000Z', recordedBy: 'vault owner', updatedAt: '2024-03-06T10:00:00.000Z',
      occurredAt: { at: '2024-03-05T18:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' }, title: 'Push', text: 'He pushed me', personIds: [], categories: [],
      number: 1, archived: false, attachmentCount: 0, messageCount: 0,
    } as Entry;
    const form = formFromEntry(entry);
    expect(form.recordedBy).toBe('');
    // Saved as it is, the entry keeps its recorder: the vault fills in the earlier one.
    const result = toDraft(form);
    expect('draft' in result && result.draft.recordedBy).toBe(undefined);
  });
});
