import { describe, expect, it } from 'vitest';
import { incident, expectCode, newVault, tempFolder } from './helpers';

describe('entries, people and revisions', () => {
  const dir = tempFolder();

  it('keeps every earlier version across edits, with its exact text', async () => {
    const { service } = await newVault(dir, 'revisions.dossier');
    const created = await service['entries.create']({ draft: incident({ text: 'first account' }) });
    await service['entries.update']({ id: created.id, draft: incident({ text: 'second account' }) });
    const third = await service['entries.update']({ id: created.id, draft: incident({ text: 'third account', title: 'A new title' }) });
    expect(third.version).toBe(3);
    expect(third.recordedAt).toBe(created.recordedAt);
    const revisions = await service['entries.revisions']({ id: created.id });
    expect(revisions.map((r) => [r.version, r.record.text])).toEqual([
      [1, 'first account'],
      [2, 'second account'],
    ]);
    // An edit that changes nothing adds no version.
    const same = await service['entries.update']({ id: created.id, draft: incident({ text: 'third account', title: 'A new title' }) });
    expect(same.version).toBe(3);
    expect((await service['entries.get']({ id: created.id })).revisions).toBe(2);
    await service.close();
  });

  it('validates every field: unknown kind, category, zone, missing currency, end before start', async () => {
    const { service } = await newVault(dir, 'invalid.dossier');
    const bad = [
      { ...incident(), kind: 'burglary' },
      incident({ categories: ['flying'] as never }),
      incident({ occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Mars/Olympus', precision: 'exact' } }),
      incident({ occurredAt: { at: '2024-03-05 15:30', zone: 'UTC', precision: 'exact' } }),
      incident({ occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'UTC', precision: 'span' } }),
      incident({ occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'UTC', precision: 'span', end: '2024-03-04T00:00:00Z' } }),
      { kind: 'economic', title: 'Took my salary', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'UTC', precision: 'date' }, amount: { value: '1500' } },
      { kind: 'economic', title: 'Took my salary', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'UTC', precision: 'date' }, amount: { value: '15,00', currency: 'BYN' } },
      incident({ title: '   ' }),
      incident({ personIds: ['00000000-0000-4000-8000-000000000000'] }),
    ];
    for (const draft of bad) await expectCode(service['entries.create']({ draft: draft as never }), 'INVALID_INPUT');
    expect(await service['entries.list']({ includeArchived: true })).toEqual([]);
    await service.close();
  });

  it('lists newest first, filters by kind, person and period, and keeps recorded order for equal times', async () => {
    const { service } = await newVault(dir, 'list.dossier');
    const him = await service['people.create']({ draft: { name: 'Виктор', role: 'perpetrator', relation: 'husband' } });
    const witness = await service['people.create']({ draft: { name: 'Neighbour', role: 'witness' } });
    const at = (iso: string) => ({ at: iso, zone: 'Europe/Minsk', precision: 'exact' as const });
    const a = await service['entries.create']({ draft: incident({ title: 'A', occurredAt: at('2024-01-10T10:00:00Z'), personIds: [him.id] }) });
    const b = await service['entries.create']({ draft: incident({ title: 'B', occurredAt: at('2024-02-10T10:00:00Z'), personIds: [him.id, witness.id] }) });
    const c = await service['entries.create']({ draft: { kind: 'economic', title: 'C', occurredAt: at('2024-02-10T10:00:00Z'), categories: ['deprivation_of_funds'], amount: { value: '200', currency: 'BYN' } } });
    const d = await service['entries.create']({ draft: { kind: 'stalking', title: 'D', occurredAt: { at: '2024-03-01T00:00:00Z', zone: 'UTC', precision: 'span', end: '2024-03-20T00:00:00Z' }, categories: ['messages'] } });
    const titles = async (filter: object) => (await service['entries.list'](filter)).map((e) => e.title);
    expect(await titles({})).toEqual(['D', 'C', 'B', 'A']);
    expect(await titles({ kind: ['incident'] })).toEqual(['B', 'A']);
    expect(await titles({ personId: witness.id })).toEqual(['B']);
    expect(await titles({ from: '2024-02-01T00:00:00Z', to: '2024-02-28T23:59:59Z' })).toEqual(['C', 'B']);
    // A span that began before the period and runs into it belongs to it.
    expect(await titles({ from: '2024-03-10T00:00:00Z' })).toEqual(['D']);
    expect((await service['entries.get']({ id: b.id })).people.map((p) => p.name)).toEqual(['Виктор', 'Neighbour']);
    expect([a.id, b.id, c.id, d.id].every((id) => typeof id === 'string')).toBe(true);
    await service.close();
  });

  it('archives (hidden, kept) and destroys (gone, ledgered)', async () => {
    const { service } = await newVault(dir, 'archive.dossier');
    const keep = await service['entries.create']({ draft: incident({ title: 'keep' }) });
    const gone = await service['entries.create']({ draft: incident({ title: 'gone' }) });
    await service['attachments.add']({ entryId: gone.id, fileName: 'photo.txt', base64: Buffer.from('bytes').toString('base64') });
    await service['entries.archive']({ id: keep.id, archived: true });
    expect((await service['entries.list']({})).map((e) => e.title)).toEqual(['gone']);
    expect((await service['entries.list']({ includeArchived: true })).length).toBe(2);
    await service['entries.destroy']({ id: gone.id });
    await expectCode(service['entries.get']({ id: gone.id }), 'NOT_FOUND');
    await service['entries.archive']({ id: keep.id, archived: false });
    expect((await service['entries.list']({})).map((e) => e.title)).toEqual(['keep']);
    const report = await service['vault.verify']({});
    expect(report.ledger).toMatchObject({ ok: true, firstBroken: null });
    expect(report.ledger.links).toBe(1 + 2 * 2 + 1 + 2 + 1); // create vault, 2 entries with their numbers, attach, archive+unarchive, destroy
    await service.close();
  });
});
