import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../main/vault/search';
import { incident, newVault, tempFolder } from './helpers';

describe('full-text search', () => {
  const dir = tempFolder();

  it('finds Russian text in any case, with ё and е alike, by word beginnings, in entries and messages', async () => {
    const { service } = await newVault(dir, 'search.dossier');
    const beating = await service['entries.create']({ draft: incident({ title: 'Избиение в подъезде', text: 'Он схватил меня за волосы. Соседка Алёна всё видела.' }) });
    const threat = await service['entries.create']({ draft: incident({ title: 'Угроза', text: 'Сказал, что заберёт детей', categories: ['threats'] }) });
    const log = await service['entries.create']({ draft: { kind: 'stalking', title: 'SMS', occurredAt: { at: '2024-04-01T00:00:00Z', zone: 'UTC', precision: 'date' } } });
    const message = await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: 'Виктор', sentAt: '2024-04-01T21:00:00Z', zone: 'Europe/Minsk', text: 'Я ВСЁ РАВНО тебя найду' } });
    const ids = async (query: string) => (await service.search({ query })).map((h) => h.messageId ?? h.entryId).sort();
    expect(await ids('избиение')).toEqual([beating.id]);
    expect(await ids('ИЗБИЕН')).toEqual([beating.id]); // prefix, any case
    expect(await ids('алена')).toEqual([beating.id]); // е finds ё
    expect(await ids('Алёна')).toEqual([beating.id]);
    expect(await ids('заберет детей')).toEqual([threat.id]); // every word must match
    expect(await ids('найду')).toEqual([message.id]);
    expect(await ids('всё')).toEqual([beating.id, message.id].sort());
    expect(await ids('заберет кошку')).toEqual([]);
    const [hit] = await service.search({ query: 'волосы' });
    expect(hit).toMatchObject({ entryId: beating.id, kind: 'incident', title: 'Избиение в подъезде' });
    expect(hit?.snippet).toContain('[волосы]');
    await service['entries.archive']({ id: beating.id });
    expect(await ids('избиение')).toEqual([]);
    await service.close();
  });

  it('shows snippets in her spelling: ё stays ё, a long text is cut round the match', async () => {
    const { service } = await newVault(dir, 'spelling.dossier');
    const long = `${'Раньше было спокойно. '.repeat(12)}Соседка Алёна из 12-й всё видела и ещё слышала крики. ${'Потом он ушёл. '.repeat(12)}`;
    await service['entries.create']({ draft: incident({ title: 'Ссора', text: long }) });
    const log = await service['entries.create']({ draft: { kind: 'stalking', title: 'SMS', occurredAt: { at: '2024-04-01T00:00:00Z', zone: 'UTC', precision: 'date' } } });
    await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: 'Пётр', sentAt: '2024-04-01T21:00:00Z', zone: 'Europe/Minsk', text: 'Я всё равно тебя найду, Алёна' } });
    const hits = await service.search({ query: 'алена' });
    expect(hits.find((hit) => hit.messageId === null)?.snippet).toBe('…Раньше было спокойно. Соседка [Алёна] из 12-й всё видела и ещё слышала…');
    expect(hits.find((hit) => hit.messageId !== null)?.snippet).toBe('…всё равно тебя найду, [Алёна]');
    const [byYo] = await service.search({ query: 'ЁЩЁ' });
    expect(byYo?.snippet).toContain('и [ещё] слышала');
    await service.close();
  });

  it('treats search syntax in the input as plain words', async () => {
    expect(toFtsQuery('NEAR(a b) OR "x" -y *')).toBe('"near"* AND "a"* AND "b"* AND "or"* AND "x"* AND "y"*');
    expect(toFtsQuery('  ...  ')).toBeNull();
    const { service } = await newVault(dir, 'syntax.dossier');
    await service['entries.create']({ draft: incident({ title: 'He said "or else"' }) });
    expect((await service.search({ query: '"or else" (' })).length).toBe(1);
    expect(await service.search({ query: '***' })).toEqual([]);
    await service.close();
  });
});
