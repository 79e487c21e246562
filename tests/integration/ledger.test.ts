// The ledger must catch a change made behind the app's back: someone with the key who opens the
// database directly and alters, removes or reorders a row.
import { describe, expect, it } from 'vitest';
import { openVault } from '../../main/vault/connection';
import type { SqlValue } from '../../main/vault/sqlite';
import { createService } from '../../main/service';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';

async function tamper(path: string, sql: string, params: SqlValue[] = []): Promise<void> {
  const { db } = await openVault(path, PASSPHRASE);
  const result = await db.run(sql, params);
  await db.close();
  expect(result.changes, `tampering statement changed nothing: ${sql}`).toBeGreaterThan(0);
}

async function verify(path: string) {
  const service = createService();
  await service['vault.open']({ path, passphrase: PASSPHRASE });
  const report = await service['vault.verify']({});
  await service.close();
  return report.ledger;
}

describe('ledger', () => {
  const dir = tempFolder();
  let counter = 0;

  /** A vault with an edited entry, an attachment, a person and a typed message. */
  async function populated() {
    const { service, path } = await newVault(dir, `ledger-${(counter += 1)}.dossier`);
    const person = await service['people.create']({ draft: { name: 'Witness', role: 'witness' } });
    const entry = await service['entries.create']({ draft: incident({ text: 'original words', personIds: [person.id] }) });
    await service['entries.update']({ id: entry.id, draft: incident({ text: 'edited words', personIds: [person.id] }) });
    const photo = await service['attachments.add']({ entryId: entry.id, fileName: 'bruise.txt', base64: Buffer.from('pretend photo bytes').toString('base64') });
    const log = await service['entries.create']({ draft: { kind: 'stalking', title: 'Messages', occurredAt: { at: '2024-04-01T00:00:00Z', zone: 'UTC', precision: 'date' } } });
    await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: '+375291112233', sentAt: '2024-04-01T22:10:00Z', zone: 'Europe/Minsk', text: 'I know where you are' } });
    const report = await service['vault.verify']({});
    expect(report.ledger.ok).toBe(true);
    await service.close();
    return { path, entry, photo, person, log };
  }

  it('verifies an untouched vault and names its head', async () => {
    const { path } = await populated();
    const ledger = await verify(path);
    // vault, person, entry + its number, edit, attach, log + its number, message
    expect(ledger).toMatchObject({ ok: true, firstBroken: null, links: 9 });
    expect(ledger.head).toMatch(/^[0-9a-f]{64}$/);
  });

  const cases: [string, (v: Awaited<ReturnType<typeof populated>>) => [string, SqlValue[]], RegExp][] = [
    ['an entry text changed', (v) => ["UPDATE entries SET data = json_set(data, '$.text', 'forged words') WHERE id = ?", [v.entry.id]], /entry differs/],
    ['an entry time changed in the index column', (v) => ["UPDATE entries SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE id = ?", [v.entry.id]], /columns differ/],
    ['an earlier version rewritten', (v) => ["UPDATE entry_revisions SET data = json_set(data, '$.text', 'softer words') WHERE entry_id = ?", [v.entry.id]], /version 1 differs/],
    ['an earlier version deleted', (v) => ['DELETE FROM entry_revisions WHERE entry_id = ?', [v.entry.id]], /earlier version is missing/],
    ['an entry deleted', (v) => ['DELETE FROM entries WHERE id = ?', [v.entry.id]], /entry is missing/],
    ['an entry archived quietly', (v) => ['UPDATE entries SET archived = 1 WHERE id = ?', [v.entry.id]], /archived mark/],
    ['attachment bytes changed', (v) => ["UPDATE attachment_chunks SET bytes = CAST('other bytes' AS BLOB) WHERE attachment_id = ?", [v.photo.id]], /bytes differ/],
    ['attachment name changed', (v) => ["UPDATE attachments SET data = json_set(data, '$.fileName', 'x.txt') WHERE id = ?", [v.photo.id]], /attachment details differ/],
    ['attachment deleted', (v) => ['DELETE FROM attachments WHERE id = ?', [v.photo.id]], /attachment is missing/],
    ['a person renamed', (v) => ["UPDATE people SET data = json_set(data, '$.name', 'Nobody') WHERE id = ?", [v.person.id]], /person differs/],
    ['a message changed', (v) => ["UPDATE messages SET data = json_set(data, '$.text', 'hello') WHERE entry_id = ?", [v.log.id]], /messages differ/],
    ['a message deleted', (v) => ['DELETE FROM messages WHERE entry_id = ?', [v.log.id]], /messages are missing/],
    ['a ledger link altered', () => ["UPDATE ledger SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3", []], /link was altered/],
    ['a ledger link removed', () => ['DELETE FROM ledger WHERE seq = 4', []], /link 4 is missing/],
    ['the last ledger link removed', () => ['DELETE FROM ledger WHERE seq = (SELECT max(seq) FROM ledger)', []], /no ledger record/],
    ['a ledger link re-hashed after an edit', () => ["UPDATE ledger SET content_hash = '" + 'a'.repeat(64) + "' WHERE seq = 2", []], /link was altered/],
  ];

  for (const [label, change, reason] of cases) {
    it(`catches ${label}`, async () => {
      const vault = await populated();
      const [sql, params] = change(vault);
      await tamper(vault.path, sql, params);
      const ledger = await verify(vault.path);
      expect(ledger.ok).toBe(false);
      expect(ledger.firstBroken?.reason).toMatch(reason);
    });
  }

  it('names the first broken link by its number', async () => {
    const vault = await populated();
    await tamper(vault.path, "UPDATE ledger SET event = 'create' WHERE seq = 5");
    const ledger = await verify(vault.path);
    expect(ledger.firstBroken?.seq).toBe(5);
  });
});
