// Benchmark (issue 15): unlock does not grow with the vault. Unlock of a vault holding 1 GiB of
// attachments against unlock of an empty vault, same run (goal ≤ 1.2×). The whole-file check
// (every page's HMAC and the SQLite structure) runs after unlock, and is reported on its own.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../../main/service';
import { Vault } from '../../main/vault/vault';
import { median, round, time, versusPeer, type Figure } from './figures';

const PASSPHRASE = 'bench: unlock river lamp winter';
const CHUNK_FILES = 64;
const FILE_BYTES = 16 * 1024 * 1024;
const progress = (line: string) => process.stderr.write(`bench unlock: ${line}\n`);

async function unlockMs(path: string): Promise<number> {
  const service = createService();
  const { ms } = await time(() => service['vault.open']({ path, passphrase: PASSPHRASE }));
  await service.close();
  return ms;
}

/** Alternating runs, so a busy moment of a shared machine falls on both sides alike. */
async function unlockBoth(empty: string, full: string, runs = 5): Promise<{ emptyMs: number; fullMs: number }> {
  const emptyRuns: number[] = [];
  const fullRuns: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    emptyRuns.push(await unlockMs(empty));
    fullRuns.push(await unlockMs(full));
  }
  return { emptyMs: median(emptyRuns), fullMs: median(fullRuns) };
}

export async function benchUnlock(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-unlock-'));
  try {
    const empty = join(dir, 'empty.dossier');
    const full = join(dir, 'full.dossier');
    for (const path of [empty, full]) {
      const service = createService();
      await service['vault.create']({ path, passphrase: PASSPHRASE });
      if (path === full) {
        const entry = await service['entries.create']({ draft: { kind: 'incident', title: 'videos', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' } }, attachments: [] });
        await service.close();
        const vault = await Vault.open(full, PASSPHRASE, () => new Date());
        for (let i = 0; i < CHUNK_FILES; i += 1) await vault.addAttachment(entry.id, { fileName: `video-${i}.mp4`, bytes: randomBytes(FILE_BYTES) }, 2 * 1024 ** 3);
        await vault.close();
        progress(`${(CHUNK_FILES * FILE_BYTES) / 1024 ** 3} GiB of attachments written`);
      } else {
        await service.close();
      }
    }
    const { emptyMs, fullMs } = await unlockBoth(empty, full);
    const service = createService();
    await service['vault.open']({ path: full, passphrase: PASSPHRASE });
    const check = await time(() => service['vault.checkIntegrity']({}));
    await service.close();
    return [
      { figure: 'unlock, empty vault', value: round(emptyMs), goal: 'reported', ok: true, unit: 'ms' },
      versusPeer('unlock, vault with 1 GiB of attachments', fullMs, 'unlock of an empty vault', emptyMs, 1.2, { unit: 'ms' }),
      { figure: 'whole-file check after unlock, 1 GiB vault', value: round(check.ms), goal: 'reported', ok: check.result.integrity && check.result.cipherIntegrity, unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
