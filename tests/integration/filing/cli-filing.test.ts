// The real `dossier` command for issue 10: statement, date-add and dates. Every refusal is one line
// "dossier: CODE: …" on stderr, exit 1, no path, no evidence, and nothing written.
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../../main/service';
import { PASSPHRASE, tempFolder } from '../helpers';
import { dossier } from './dossierCli';
import { docxParagraphs } from './docxText';

describe('dossier statement, date-add, dates', () => {
  const dir = tempFolder('dossier-cli-filing-');
  const vault = join(dir, 'v.dossier');
  const ids = { entry: '', a: '', b: '' };

  function expectRefusal(run: { code: number | null; stdout: string; stderr: string }, code: string): void {
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^dossier: ${code}: \\S`));
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain(dir);
    expect(run.stderr).not.toContain('СЕКРЕТ');
    expect(run.stderr).not.toContain('Кравцов');
  }

  beforeAll(async () => {
    const service = createService();
    await service['vault.create']({ path: vault, passphrase: PASSPHRASE });
    ids.a = (await service['people.create']({ draft: { name: 'Виктор Кравцов', role: 'perpetrator' } })).id;
    ids.b = (await service['people.create']({ draft: { name: 'Игорь Кравцов', role: 'perpetrator' } })).id;
    ids.entry = (await service['entries.create']({ draft: { kind: 'incident', title: 'СЕКРЕТ на кухне', text: '', place: 'кухня', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, personIds: [ids.a, ids.b] } as never, attachments: [] })).id;
    await service.close();
  });

  it('refuses no entries, two accused (listing their ids), an existing file; then writes with --accused', async () => {
    const out = join(dir, 's.docx');
    expectRefusal(await dossier(['statement', '--vault', vault, '--jurisdiction', 'by', '--out', out]), 'NO_ENTRIES_CHOSEN');
    const two = await dossier(['statement', '--vault', vault, '--jurisdiction', 'by', '--out', out, '--entry', ids.entry]);
    expectRefusal(two, 'SEVERAL_ACCUSED');
    expect(two.stderr).toContain(ids.a);
    expect(two.stderr).toContain(ids.b);
    expect(existsSync(out)).toBe(false);
    const done = await dossier(['statement', '--vault', vault, '--jurisdiction', 'by', '--lang', 'be', '--out', out, '--entry', ids.entry, '--accused', ids.b, '--json']);
    expect(done.code, done.stderr).toBe(0);
    const result = JSON.parse(done.stdout) as { exhibits: number[]; blanks: number };
    expect(result.exhibits).toEqual([1]);
    expect(result.blanks).toBeGreaterThan(0);
    expect(docxParagraphs(out).join('\n')).toContain('Игорь Кравцов');
    writeFileSync(out, 'hers');
    expectRefusal(await dossier(['statement', '--vault', vault, '--jurisdiction', 'ru', '--out', out, '--entry', ids.entry, '--accused', ids.a]), 'INVALID_INPUT');
    expect(readFileSync(out, 'utf8')).toBe('hers');
  });

  it('adds dates, refuses a backwards range, lists them with days left', async () => {
    const backwards = await dossier(['date-add', '--vault', vault, '--kind', 'protection-order', '--from', '15.06.2025', '--to', '01.06.2025', '--title', 'x', '--tz', 'Europe/Minsk']);
    expectRefusal(backwards, 'INVALID_INPUT');
    expect(backwards.stderr).toContain('the range ends before it starts');
    const noSuchDay = await dossier(['date-add', '--vault', vault, '--kind', 'hearing', '--from', '31.02.2025', '--title', 'x']);
    expectRefusal(noSuchDay, 'INVALID_INPUT');
    expect(noSuchDay.stderr).toContain('not a date');
    const added = await dossier(['date-add', '--vault', vault, '--kind', 'protection-order', '--from', '01.06.2025', '--to', '2025-06-15', '--title', 'Предписание', '--tz', 'Europe/Minsk', '--entry', ids.entry]);
    expect(added.code, added.stderr).toBe(0);
    const listed = await dossier(['dates', '--vault', vault, '--json']);
    const items = JSON.parse(listed.stdout) as { id: string; from: string; to: string; zone: string; daysLeft: number; status: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: added.stdout.trim(), from: '2025-06-01', to: '2025-06-15', zone: 'Europe/Minsk' });
    const plain = await dossier(['dates', '--vault', vault]);
    expect(plain.stdout).toContain('01.06.2025–15.06.2025');
  });
});
