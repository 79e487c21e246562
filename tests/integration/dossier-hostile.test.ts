// `dossier verify` on files built to hurt it, and on a forged dossier. Each hostile file gets
// exit 3 with DOSSIER_DAMAGED or DOSSIER_ALTERED, within the test's time limit and a memory bound;
// user text that contains "/ByteRange [" does not make an honest dossier look signed twice; a
// dossier from another vault is valid only until the expected certificate is given.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDossierCommands, type DossierService } from '../../main/cli/dossierCommands';
import { verifyDossier } from '../../main/dossier/verify';
import { endlessNesting, flateBomb, lengthPointsToItself, selfReferencingKids } from '../fixtures/hostilePdf';
import { pdfText } from './dossierFixture';
import { expectCode, incident, newVault, tempFolder } from './helpers';

const ROOT = resolve(__dirname, '../..');
const MB = 1024 * 1024;

async function cli(args: string[], runner?: DossierService) {
  const commands = makeDossierCommands(runner ? async (_values, work) => work(runner) : undefined);
  const [name, ...rest] = args as [string, ...string[]];
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (arg === '--json') values.json = true;
    else if (arg.startsWith('--')) values[arg.slice(2)] = rest[(i += 1)];
    else positionals.push(arg);
  }
  const lines: string[] = [];
  const code = await commands[name]!.run(values as never, positionals, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('dossier verify on hostile files', () => {
  const dir = tempFolder('dossier-hostile-');

  it.each([
    ['self-referencing /Kids', selfReferencingKids],
    ['/Length pointing at its own object', lengthPointsToItself],
    ['arrays nested 1,000,000 deep', () => endlessNesting(1_000_000)],
  ])('%s: exit 3, damaged or altered', async (label, make) => {
    const path = join(dir, `${label.replace(/\W+/g, '-')}.pdf`);
    writeFileSync(path, make());
    const result = await verifyDossier(path);
    expect(result.valid).toBe(false);
    expect(['DOSSIER_DAMAGED', 'DOSSIER_ALTERED']).toContain(result.code);
    const run = await cli(['verify', path, '--json']);
    expect(run.code).toBe(3);
    expect(JSON.parse(run.out)).toMatchObject({ valid: false, code: result.code });
  });

  it('a flate bomb (512 MiB of zeros in about 0.5 MB, twice the inflate cap) is damaged, and verify stays under 512 MB of memory', async () => {
    const path = join(dir, 'bomb.pdf');
    writeFileSync(path, await flateBomb(512 * MB));
    expect(readFileSync(path).length).toBeLessThan(2 * MB);
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'verifyChild.ts'), path], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    const report = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { valid?: boolean; code?: string; peakRssMb?: number };
    expect(report).toMatchObject({ valid: false, code: 'DOSSIER_DAMAGED' });
    expect(report.peakRssMb).toBeLessThan(512);
  }, 180_000);

  it('user text containing "/ByteRange [" does not make an honest dossier look signed twice', async () => {
    const { service } = await newVault(dir, 'honest.dossier');
    const trick = 'Case /ByteRange [0 1 2 3] /ByteRange [';
    await service['entries.create']({ draft: incident({ title: trick }) });
    const path = join(dir, 'honest.pdf');
    await service['dossier.export']({ options: { language: 'en', caseReference: trick }, path });
    await service.close();
    // The words do sit in the file's bytes (uncompressed metadata), so the old count saw 3+ signatures.
    const marks = readFileSync(path).toString('latin1').split('/ByteRange [').length - 1;
    expect(marks).toBeGreaterThan(1);
    const result = await verifyDossier(path);
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result).toMatchObject({ valid: true, code: null });
  });
});

describe('a dossier bound to its vault', () => {
  const dir = tempFolder('dossier-bound-');

  it('a dossier from another vault is valid on its own, and ALTERED when her fingerprint is expected', async () => {
    const hers = await newVault(dir, 'hers.dossier');
    const forger = await newVault(dir, 'forger.dossier');
    await forger.service['entries.create']({ draft: incident({ title: 'Invented' }) });
    const forged = join(dir, 'forged.pdf');
    await forger.service['dossier.export']({ options: { language: 'en' }, path: forged });
    const genuine = join(dir, 'genuine.pdf');
    await hers.service['entries.create']({ draft: incident() });
    await hers.service['dossier.export']({ options: { language: 'en' }, path: genuine });

    // `dossier fingerprint --vault` prints her vault's certificate, in groups of four.
    const printed = await cli(['fingerprint', '--vault', 'unused'], hers.service as unknown as DossierService);
    expect(printed.code).toBe(0);
    const fingerprint = printed.out.split('\n').slice(0, 4).join('').replace(/ /g, '');
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse((await cli(['fingerprint', '--vault', 'unused', '--json'], hers.service as unknown as DossierService)).out)).toMatchObject({ certificateFingerprint: fingerprint });

    // Without the expected certificate, verify says only what it proved.
    const alone = await cli(['verify', forged]);
    expect(alone.code).toBe(0);
    expect(alone.out).toContain('VALID: unchanged since it was signed by certificate');
    expect(alone.out).toContain('compare this fingerprint with the one you received separately');
    const forgedJson = JSON.parse((await cli(['verify', forged, '--json'])).out) as { certificateFingerprint: string; certificateSha256: string };
    expect(forgedJson.certificateFingerprint).toBe(forgedJson.certificateSha256);
    expect(forgedJson.certificateFingerprint).not.toBe(fingerprint);

    // With her fingerprint (as she may read it out: upper case, in groups), the forgery fails.
    const spoken = printed.out.split('\n').slice(0, 4).join(' ').toUpperCase();
    const caught = await cli(['verify', forged, '--expect-certificate', spoken, '--json']);
    expect(caught.code).toBe(3);
    expect(JSON.parse(caught.out)).toMatchObject({ valid: false, code: 'DOSSIER_ALTERED', expectedCertificate: fingerprint });
    const own = await cli(['verify', genuine, '--expect-certificate', fingerprint]);
    expect(own.code).toBe(0);
    expect(own.out).toContain('the one you expected');
    // The integrity page says the same in plain words.
    const page = pdfText(genuine);
    expect(page).toContain('It does not prove whose certificate that is');
    expect(page).toMatch(/dossier verify FILE\.pdf -+expect-certificate FINGERPRINT/);
    // Through the service as well (the app's verify screen).
    expect(await hers.service['dossier.verify']({ path: forged, expectCertificate: fingerprint })).toMatchObject({ valid: false, code: 'DOSSIER_ALTERED' });
    await expectCode(hers.service['dossier.verify']({ path: genuine, expectCertificate: 'not a fingerprint' }), 'INVALID_INPUT');
    await hers.service.close();
    await forger.service.close();
  });
});
