// `dossier verify` on a fresh export, and after three kinds of tampering; the CLI's exit codes.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLine } from '../../main/cli';
import { makeDossierCommands, type DossierService, type VaultRunner } from '../../main/cli/dossierCommands';
import { verifyDossier } from '../../main/dossier/verify';
import type { Vault } from '../../main/vault/vault';
import { DossierError } from '../../shared/errors';
import { buildFixture, exportDossierFile, openVault, pdfText, run } from './dossierFixture';
import { tempFolder } from './helpers';

function failed(result: Awaited<ReturnType<typeof verifyDossier>>): string[] {
  return result.checks.filter((c) => !c.ok).map((c) => c.name);
}

describe('dossier verify', () => {
  const dir = tempFolder('dossier-verify-');
  const pdf = join(dir, 'dossier.pdf');
  let vault: Vault;
  let commands: ReturnType<typeof makeDossierCommands>;

  beforeAll(async () => {
    const fixture = await buildFixture(dir);
    vault = await openVault(fixture.path);
    await exportDossierFile(vault, { language: 'en', caseReference: 'Case 17' }, pdf);
    // A local stand-in for the wired service: the same handler the service registers.
    const runner: VaultRunner = async (_values, work) =>
      work({ 'dossier.export': (input: { options: unknown; path: string; force?: boolean }) => exportDossierFile(vault, input.options as never, input.path, input.force) } as unknown as DossierService);
    commands = makeDossierCommands(runner);
  });
  afterAll(async () => {
    await vault.close();
  });

  const cli = async (name: 'export' | 'verify', values: Record<string, unknown>, positionals: string[] = []) => {
    const lines: string[] = [];
    const code = await commands[name]!.run(values as never, positionals, (line) => lines.push(line));
    return { code, out: lines.join('\n') };
  };

  it('passes on a fresh export; the CLI exits 0 and says what it checked', async () => {
    const result = await verifyDossier(pdf);
    expect(result.valid).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.signer).toMatch(/^Dossier vault [0-9a-f]{8}$/);
    const { code, out } = await cli('verify', {}, [pdf]);
    expect(code).toBe(0);
    expect(out).toContain('The signature covers the whole file except the signature value itself.');
    expect(out).toContain(`VALID: unchanged since it was signed by certificate ${result.certificateFingerprint}.`);
    const json = await cli('verify', { json: true }, [pdf]);
    expect(JSON.parse(json.out).valid).toBe(true);
  });

  it('(a) fails after one byte in the middle is flipped', async () => {
    const bytes = readFileSync(pdf);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0x01;
    const path = join(dir, 'flipped.pdf');
    writeFileSync(path, bytes);
    const result = await verifyDossier(path);
    expect(result.valid).toBe(false);
    expect(failed(result)).toContain('signed-bytes');
    expect(result.reasons.join(' ')).toContain('The signed bytes were changed after signing.');
    // The same reasons as stable codes, one for one, for the UI to say in her language.
    expect(result.failures.map((f) => f.reason)).toContain('SIGNED_BYTES_CHANGED');
    expect(result.failures).toHaveLength(result.reasons.length);
    const { code, out } = await cli('verify', {}, [path]);
    expect(code).toBe(3);
    expect(out).toContain('NOT VALID');
  });

  it('(b) fails after an incremental update is appended (even one that changes nothing visible)', async () => {
    const bytes = readFileSync(pdf);
    const text = bytes.toString('latin1');
    const size = Number(/\/Size (\d+)/.exec(text.slice(text.lastIndexOf('trailer')))![1]);
    const root = /\/Root (\d+ 0 R)/.exec(text.slice(text.lastIndexOf('trailer')))![1];
    const prev = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))![1]);
    const objectAt = bytes.length + 1;
    const update = `\n${size} 0 obj\n<< /Title (Replaced title) >>\nendobj\n`;
    const xrefAt = bytes.length + Buffer.byteLength(update, 'latin1');
    const xref = `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const path = join(dir, 'appended.pdf');
    writeFileSync(path, Buffer.concat([bytes, Buffer.from(update + xref, 'latin1')]));
    expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors');
    const result = await verifyDossier(path);
    expect(result.valid).toBe(false);
    expect(failed(result)).toContain('byte-range');
    expect(result.reasons.join(' ')).toMatch(/\d+ bytes were added after the signed part/);
    expect(run('pdfsig', [path])).not.toContain('Total document signed');
    expect((await cli('verify', {}, [path])).code).toBe(3);
  });

  it('(c) fails after the attached manifest is replaced', async () => {
    const other = join(dir, 'dossier-manifest.json');
    writeFileSync(other, JSON.stringify({ format: 'dossier-manifest', version: 1, entries: [] }));
    const path = join(dir, 'replaced.pdf');
    run('qpdf', [pdf, path, '--add-attachment', other, '--key=dossier-manifest.json', '--replace', '--']);
    expect(pdfText(path)).toContain('Evidence dossier'); // still looks like the same document
    const result = await verifyDossier(path);
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual(expect.arrayContaining(['manifest-fingerprint']));
    expect((await cli('verify', {}, [path])).code).toBe(3);
  });

  it('an unsigned PDF or a file that is not a PDF exits 3 with the reason', async () => {
    const plain = join(dir, 'plain.pdf');
    await new Promise<void>((resolve) => {
      const doc = new PDFDocument();
      const parts: Buffer[] = [];
      doc.on('data', (c: Buffer) => parts.push(c));
      doc.on('end', () => {
        writeFileSync(plain, Buffer.concat(parts));
        resolve();
      });
      doc.text('hello');
      doc.end();
    });
    const unsigned = await verifyDossier(plain);
    expect(unsigned.valid).toBe(false);
    expect(unsigned.reasons).toContain('The file is not signed.');
    const notPdf = join(dir, 'notes.txt');
    writeFileSync(notPdf, 'just some text');
    const result = await cli('verify', {}, [notPdf]);
    expect(result.code).toBe(3);
    expect(result.out).toContain('The file is not a PDF.');
  });

  it('a missing file is a coded one-line error (exit 1 in the CLI)', async () => {
    const error = await cli('verify', {}, [join(dir, 'missing.pdf')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('FILE_NOT_FOUND');
    expect(errorLine(error as DossierError)).toBe('dossier: FILE_NOT_FOUND: The file could not be found or read.');
  });

  it('dossier export with flags: language, period, kinds, left-out entries, redactions, --json, --force', async () => {
    const out = join(dir, 'cli.pdf');
    const values = { vault: 'unused', out, lang: 'uk', from: '2024-01-01', to: '2024-03-31', tz: 'Europe/Minsk', kind: ['incident', 'economic'], exclude: [], redact: ['Надежда'], 'redact-helper-names': true, case: 'Справа 5', json: true };
    const first = await cli('export', values);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.out) as { entries: number; fingerprint: string };
    expect(result.entries).toBe(6);
    const text = pdfText(out);
    expect(text).toContain('Досьє доказів');
    expect(text).not.toContain('Надежда');
    await expect(cli('export', values)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await cli('export', { ...values, force: true, json: false })).out).toMatch(/^Wrote .*cli\.pdf/);
    await expect(cli('export', { ...values, lang: 'fr' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    copyFileSync(out, join(dir, 'copy.pdf'));
    expect((await cli('verify', {}, [join(dir, 'copy.pdf')])).code).toBe(0);
  });
});
