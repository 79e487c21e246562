// Issue 9, item 8: the CLI records what the vault holds for an incident (injuries, medical help,
// the police report, children present) and a person's address and several contacts. Runs the CLI's
// own main() in-process on a real SQLCipher file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli';
import { PASSPHRASE, tempFolder } from './helpers';

let vault = '';

async function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (line) => out.push(line) > 0, (line) => err.push(line) > 0);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const show = async (id: string) => JSON.parse((await dossier(['show', '--vault', vault, '--id', id, '--json'])).stdout);

beforeAll(async () => {
  process.env.DOSSIER_PASSPHRASE = PASSPHRASE;
  vault = `${tempFolder('dossier-cli-incident-')}/v.dossier`;
  expect((await dossier(['init', '--vault', vault])).code).toBe(0);
});

afterAll(() => {
  delete process.env.DOSSIER_PASSPHRASE;
});

const base = ['add', '--vault', '', '--kind', 'incident', '--occurred', '2024-03-05T18:30', '--tz', 'Europe/Minsk', '--title', 'Ударил'];
const add = (...extra: string[]) => dossier([...base.slice(0, 2), vault, ...base.slice(3), ...extra]);

describe('add and edit with incident fields', () => {
  it('stores injuries, medical help, the police report and children present, and edit changes one part only', async () => {
    const added = await add('--injuries', 'синяк на руке', '--medical-help', 'травмпункт №2', '--police-report-date', '06.03.2024', '--police-report-number', 'КУСП 1234', '--police-report-outcome', 'отказ', '--children-present', 'yes');
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    const { entry } = await show(id);
    expect(entry.number).toBe(1);
    expect(entry).toMatchObject({ injuries: 'синяк на руке', medicalHelp: 'травмпункт №2', policeReport: { date: '2024-03-06', number: 'КУСП 1234', outcome: 'отказ' }, childrenPresent: true });

    const edited = await dossier(['edit', '--vault', vault, '--id', id, '--police-report-outcome', 'возбуждено дело', '--children-present', 'no']);
    expect(edited).toMatchObject({ code: 0, stderr: '' });
    const after = await show(id);
    expect(after.entry).toMatchObject({ version: 2, injuries: 'синяк на руке', policeReport: { date: '2024-03-06', number: 'КУСП 1234', outcome: 'возбуждено дело' }, childrenPresent: false });
    expect(after.revisions[0].record).toMatchObject({ policeReport: { outcome: 'отказ' }, childrenPresent: true });
    const text = await dossier(['show', '--vault', vault, '--id', id]);
    expect(text.stdout).toContain('КУСП 1234');
    expect(text.stdout).toMatch(/number:\s+1\n/);
    expect(text.stdout).toMatch(/children:\s+no\n/);
  });

  it.each([
    ['a yes/no that is neither', ['--children-present', 'maybe'], 'children-present'],
    ['a police report date that is not a date', ['--police-report-date', '31.02.2024'], 'police-report-date'],
  ])('refuses %s with one INVALID_INPUT line and adds nothing', async (_name, extra, field) => {
    const before = JSON.parse((await dossier(['list', '--vault', vault, '--json'])).stdout).length;
    const run = await add(...extra);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^dossier: INVALID_INPUT: .*${field}`));
    expect(JSON.parse((await dossier(['list', '--vault', vault, '--json'])).stdout)).toHaveLength(before);
  });

  it('refuses incident-only fields on a stalking entry', async () => {
    const run = await dossier(['add', '--vault', vault, '--kind', 'stalking', '--occurred', '2024-03-05', '--title', 'Звонки', '--injuries', 'нет']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^dossier: INVALID_INPUT: .*injuries: only incidents/);
  });
});

describe('person-add', () => {
  it('takes an address and several contacts, each kept on its own', async () => {
    const run = await dossier(['person-add', '--vault', vault, '--name', 'Ольга Свидетелева', '--role', 'witness', '--address', 'ул. Ленина 5, кв. 12', '--contact', '+375 29 123-45-67', '--contact', 'olga@example.org']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const people = JSON.parse((await dossier(['people', '--vault', vault, '--json'])).stdout);
    expect(people).toEqual([expect.objectContaining({ id: run.stdout.trim(), address: 'ул. Ленина 5, кв. 12', contacts: ['+375 29 123-45-67', 'olga@example.org'], contact: '+375 29 123-45-67; olga@example.org' })]);
  });
});
