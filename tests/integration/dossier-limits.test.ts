// Size and failure: 500 entries export without error; a disk that fills up mid-export leaves no
// file at all (neither the target nor the temporary file).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDossier } from '../../main/dossier/verify';
import { ensureSigningIdentity } from '../../main/vault/signing';
import { buildFixture, exportDossierFile, openVault, pdfText, run } from './dossierFixture';
import { newVault, tempFolder } from './helpers';

describe('dossier limits', () => {
  const dir = tempFolder('dossier-limits-');

  it('exports 500 entries', async () => {
    const { service, path } = await newVault(dir, 'many.dossier');
    const drafts = Array.from({ length: 500 }, (_, i) => {
      const kind = (['incident', 'stalking', 'economic'] as const)[i % 3]!;
      return {
        kind,
        title: `Запись ${i + 1}`,
        text: `Описание события номер ${i + 1}. `.repeat(1 + (i % 5)),
        occurredAt: { at: new Date(Date.UTC(2023, 0, 1) + i * 17 * 3_600_000).toISOString(), zone: 'Europe/Minsk', precision: 'exact' },
        ...(kind === 'economic' ? { amount: { value: `${i}.25`, currency: 'BYN' } } : {}),
      };
    });
    await service['entries.createMany']({ drafts: drafts as never });
    await service.close();
    const vault = await openVault(path);
    const out = join(dir, 'many.pdf');
    const result = await exportDossierFile(vault, { language: 'ru' }, out);
    await vault.close();
    expect(result.entries).toBe(500);
    expect(result.pages).toBeGreaterThan(60);
    expect(run('pdfinfo', [out])).toMatch(new RegExp(`Pages:\\s+${result.pages}`));
    const text = pdfText(out);
    expect(text).toContain('Запись 500');
    expect(text).toContain('41 458,50 BYN'); // Σ (i + 0.25) for i = 2, 5, …, 497: exact
    expect((await verifyDossier(out)).valid).toBe(true);
  });

  it('a full disk gives DISK_FULL and leaves no file behind', async () => {
    const fixture = await buildFixture(dir, 'full.dossier');
    const vault = await openVault(fixture.path);
    await ensureSigningIdentity(vault.db, () => new Date()); // so the child only reads the vault
    await vault.close();
    const outDir = join(dir, 'out');
    execFileSync('mkdir', ['-p', outDir]);
    const child = join(__dirname, 'dossierDiskFullChild.ts');
    // 100 KiB: the vault is only read; the dossier (≈300 KB) cannot be written.
    const output = execFileSync('bash', ['-c', `ulimit -f 100; exec node --import tsx "$0" "$1" "$2"`, child, fixture.path, join(outDir, 'dossier.pdf')], { encoding: 'utf8', cwd: join(__dirname, '..', '..') });
    expect(output.trim()).toBe('DISK_FULL');
    expect(readdirSync(outDir)).toEqual([]);
  });
});
