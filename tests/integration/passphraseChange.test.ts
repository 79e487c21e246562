// A passphrase change leaves nothing that opens with the old passphrase: reproduced as the app
// runs it (the service in its own process, the vault kept open afterwards, then the process
// killed at once), and every file left in the vault's folder is tried with the old key — also
// rebuilt from a journal's page images, as an attacker with a 30-line script would. Between writes
// the only other file there may be the emptied (0-byte) journal; after lock, only the vault.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVault } from '../../main/vault/connection';
import { forkServiceProcess } from '../../main/serviceHost/childProcess';
import { createRemoteService, type ServiceChild } from '../../main/serviceHost/remoteService';
import { DossierError } from '../../shared/errors';
import { createService } from '../../main/service';
import { expectCode, incident, PASSPHRASE, tempFolder } from './helpers';

const NEXT = 'a new passphrase: orchard winter lamp';
const PAGE = 4096;

/** Opens `path` with `passphrase`, or says why not (never throws anything but a test failure). */
async function opensWith(path: string, passphrase: string): Promise<boolean> {
  try {
    const { db } = await openVault(path, passphrase);
    await db.close();
    return true;
  } catch (error) {
    if (error instanceof DossierError) return false;
    throw error;
  }
}

/** A journal's page images laid back out as a database file, the way the attack did it: a 28-byte
 *  header, then (page number, page, checksum) records; the first page begins with the salt. */
function rebuildFromJournal(journal: Buffer, out: string): boolean {
  if (journal.length < 512 + PAGE) return false;
  const pages: Buffer[] = [];
  for (let at = 512; at + 4 + PAGE + 4 <= journal.length; at += 4 + PAGE + 4) {
    const number = journal.readUInt32BE(at);
    if (number === 0) break;
    pages[number - 1] = journal.subarray(at + 4, at + 4 + PAGE);
  }
  if (pages[0] === undefined) return false;
  writeFileSync(out, Buffer.concat(pages.map((page) => page ?? Buffer.alloc(PAGE))));
  return true;
}

describe('changing the passphrase', () => {
  const dir = tempFolder('dossier-rekey-');

  it('leaves nothing in the folder that opens with the old passphrase, even after a kill right after the change', async () => {
    const folder = join(dir, 'kept-open');
    mkdirSync(folder);
    const path = join(folder, 'notes.dossier');
    const children: ServiceChild[] = [];
    const service = createRemoteService(() => {
      const child = forkServiceProcess();
      children.push(child);
      return child;
    });
    await service['vault.create']({ path, passphrase: PASSPHRASE });
    // Enough writes that a journal would hold many pages of the old key.
    await service['entries.createMany']({ drafts: Array.from({ length: 300 }, (_, i) => incident({ title: `entry ${i}`, text: 'words '.repeat(300) })) });
    await service['entries.create']({ draft: incident({ title: 'one more, so the last write journals pages' }) });
    await service['vault.changePassphrase']({ current: PASSPHRASE, next: NEXT });
    // The vault stays open, as in the app; then the process dies at once (no lock, no clean close).
    process.kill(children[0]!.pid!, 'SIGKILL');
    await expectCode(service['entries.list']({}), 'SERVICE_STOPPED');

    const files = readdirSync(folder);
    const others = files.filter((name) => name !== 'notes.dossier');
    for (const name of others) expect(statSync(join(folder, name)).size, name).toBe(0);
    for (const name of files) expect(await opensWith(join(folder, name), PASSPHRASE), name).toBe(false);
    for (const name of files) {
      const rebuilt = join(dir, `rebuilt-${name}`);
      if (rebuildFromJournal(readFileSync(join(folder, name)), rebuilt)) expect(await opensWith(rebuilt, PASSPHRASE), `rebuilt from ${name}`).toBe(false);
    }
    // The new passphrase opens the whole vault; afterwards only the vault file is left.
    const again = createService();
    await again['vault.open']({ path, passphrase: NEXT });
    expect((await again['entries.list']({})).length).toBe(301);
    expect(await again['vault.verify']({})).toMatchObject({ integrity: true, cipherIntegrity: true, ledger: { ok: true } });
    await again['entries.create']({ draft: incident({ title: 'after reopening' }) });
    await again.close();
    expect(readdirSync(folder)).toEqual(['notes.dossier']);
    await service.close();
  }, 180_000);

  it('a write under the new passphrase leaves no page of the old key in the journal while the vault is open', async () => {
    const folder = join(dir, 'journal');
    mkdirSync(folder);
    const path = join(folder, 'notes.dossier');
    const service = createService();
    await service['vault.create']({ path, passphrase: PASSPHRASE });
    await service['entries.create']({ draft: incident({ text: 'x'.repeat(50_000) }) });
    // A positive control for the scan below: this journal rule holds for every write, not by luck.
    expect(readdirSync(folder).filter((name) => name.endsWith('-journal')).map((name) => statSync(join(folder, name)).size)).toEqual([0]);
    await service['vault.changePassphrase']({ current: PASSPHRASE, next: NEXT });
    await service['entries.create']({ draft: incident({ text: 'y'.repeat(50_000) }) });
    for (const name of readdirSync(folder)) {
      if (name === 'notes.dossier') continue;
      expect(statSync(join(folder, name)).size, name).toBe(0);
    }
    await service.close();
    expect(readdirSync(folder)).toEqual(['notes.dossier']);
  }, 120_000);

  it('with the wrong current passphrase changes nothing', async () => {
    const folder = join(dir, 'wrong');
    mkdirSync(folder);
    const path = join(folder, 'notes.dossier');
    const service = createService();
    await service['vault.create']({ path, passphrase: PASSPHRASE });
    await service['vault.lock']({});
    const before = readFileSync(path);
    await service['vault.open']({ path, passphrase: PASSPHRASE });
    await expectCode(service['vault.changePassphrase']({ current: 'not it', next: NEXT }), 'WRONG_PASSPHRASE');
    await service.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(await opensWith(path, PASSPHRASE)).toBe(true);
  }, 60_000);
});
