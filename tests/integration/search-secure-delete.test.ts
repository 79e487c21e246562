// A destroyed entry's words leave the vault: not only its rows but the search index's segments,
// where FTS5 otherwise keeps them until a merge. Checked on the decrypted pages of the file itself
// (every page, freelist included), with controls: the words are found while the entry exists, and
// found after destroying when secure-delete is switched off — so not finding them means something.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../main/vault/connection';
import { expectCode, incident, newVault, PASSPHRASE, tempFolder } from './helpers';
import { decryptedPages } from './vaultPages';

/** Lower-case, as the tokenizer stores it; a prefix no other word shares, so the index keeps it whole. */
const uniqueWord = () => `qj${randomBytes(8).toString('hex').replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

async function destroyAndScan(dir: string, name: string, secureDelete: boolean): Promise<{ before: boolean; after: boolean; words: string[] }> {
  const { service, path } = await newVault(dir, name);
  if (!secureDelete) {
    await service.close();
    const { db } = await openVault(path, PASSPHRASE);
    await db.exec("INSERT INTO entry_search (entry_search, rank) VALUES ('secure-delete', 0); INSERT INTO message_search (message_search, rank) VALUES ('secure-delete', 0);");
    await db.close();
    await service['vault.open']({ path, passphrase: PASSPHRASE });
  }
  for (let i = 0; i < 30; i += 1) await service['entries.create']({ draft: incident({ title: `Other entry ${i}`, text: 'ordinary words that stay' }) });
  const words = [uniqueWord(), uniqueWord()];
  const doomed = await service['entries.create']({ draft: incident({ title: `Entry ${words[0]}`, text: `He said ${words[0]} again` }) });
  const log = await service['entries.create']({ draft: { kind: 'stalking', title: 'Log', occurredAt: { at: '2024-04-01T00:00:00Z', zone: 'UTC', precision: 'date' } } });
  await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: 'Max', sentAt: '2024-04-01T21:00:00Z', zone: 'UTC', text: `message ${words[1]}` } });
  await service['vault.lock']({});
  const found = async () => {
    const pages = await decryptedPages(path, PASSPHRASE);
    return words.some((w) => pages.includes(Buffer.from(w.slice(2), 'utf8')));
  };
  const before = await found();
  await service['vault.open']({ path, passphrase: PASSPHRASE });
  await service['entries.destroy']({ id: doomed.id });
  await service['entries.destroy']({ id: log.id });
  await expectCode(service['entries.get']({ id: doomed.id }), 'NOT_FOUND');
  expect(await service.search({ query: words[0]! })).toEqual([]);
  await service['vault.lock']({});
  return { before, after: await found(), words };
}

describe('destroyed text leaves the search index', () => {
  const dir = tempFolder('dossier-secure-delete-');

  it('a destroyed entry’s and message’s unique words are in none of the vault’s pages', async () => {
    const result = await destroyAndScan(dir, 'secure.dossier', true);
    expect(result.before).toBe(true);
    expect(result.after).toBe(false);
  });

  it('control: with secure-delete off, FTS5 keeps them (the scan can see the index)', async () => {
    const result = await destroyAndScan(dir, 'control.dossier', false);
    expect(result.before).toBe(true);
    expect(result.after).toBe(true);
  });
});
