// The real `dossier` command (bin/dossier.js → out/main/cli.js) as a child process, on real SQLCipher
// files in a fresh temp folder. Every failure must be ONE stderr line "dossier: CODE: ...", with the
// documented exit code, no stack trace, no path and no evidence text — and must leave the vault as it was.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../main/service';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'dossier.js');
const BUILT = join(ROOT, 'out', 'main', 'cli.js');
const PASSPHRASE = 'correct horse battery staple ёлка';
/** In every title and text: must never appear on stderr. */
const MARKER = 'MARKER-7Q3Z';
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI. Passphrase from DOSSIER_PASSPHRASE unless `input` is given (then it is piped). */
function dossier(args: string[], options: { input?: string; passphrase?: string | null } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', NO_COLOR: '1' };
  delete env.DOSSIER_PASSPHRASE;
  const passphrase = options.passphrase === undefined ? (options.input === undefined ? PASSPHRASE : null) : options.passphrase;
  if (passphrase !== null) env.DOSSIER_PASSPHRASE = passphrase;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
let dir = '';

/** The one-line error contract. */
function expectFailure(run: Run, exitCode: number, code: string): void {
  expect(run.stderr.endsWith('\n'), run.stderr).toBe(true);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^dossier: ${code}: \\S`));
  expect(run.code, run.stderr).toBe(exitCode);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|node:internal|\.js:\d+/);
  expect(run.stderr).not.toContain(dir);
  expect(run.stderr).not.toContain(MARKER);
  expect(run.stdout).toBe('');
}

beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npx electron-vite build\` before these tests (npm test does it).`);
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The flags each command's --help must mention. */
const ENTRY_FLAGS = ['--vault', '--kind', '--occurred', '--end', '--tz', '--precision', '--title', '--text', '--place', '--category', '--person', '--amount', '--currency', '--attach', '--no-ocr', '--recorded-by', '--injuries', '--medical-help', '--police-report-date', '--police-report-number', '--police-report-outcome', '--children-present'];
const FLAGS: Record<string, string[]> = {
  init: ['--vault'],
  add: ENTRY_FLAGS,
  edit: [...ENTRY_FLAGS, '--id'],
  list: ['--vault', '--kind', '--from', '--to', '--person', '--archived', '--tz', '--json'],
  show: ['--vault', '--id', '--json'],
  search: ['--vault', '--json'],
  'verify-vault': ['--vault', '--json'],
  people: ['--vault', '--json'],
  'person-add': ['--vault', '--name', '--role', '--relation', '--contact', '--address'],
  import: ['--vault', '--format', '--preview', '--sender', '--person', '--tz', '--date-order', '--chat', '--entry', '--json'],
  patterns: ['--vault', '--id', '--after', '--tz', '--json'],
  export: ['--vault', '--out', '--lang', '--from', '--to', '--kind', '--exclude', '--redact', '--redact-person', '--json', '--force'],
  verify: ['--json', '--expect-certificate'],
  fingerprint: ['--vault', '--json'],
  backup: ['--vault', '--out', '--force', '--json'],
  restore: ['--from', '--vault', '--force', '--json'],
  handover: ['--vault', '--out', '--redact-person', '--force', '--json'],
  'open-handover': ['--out', '--json'],
};

describe('dossier --help', () => {
  it('lists every command on the top level and explains each one with its flags', async () => {
    const top = await dossier(['--help']);
    expect(top.code).toBe(0);
    expect(top.stderr).toBe('');
    const listed = top.stdout.split('Commands:\n')[1]?.split('\n\n')[0]?.split('\n').map((line) => line.trim().split(/\s+/)[0]!) ?? [];
    expect(listed).toEqual(expect.arrayContaining(Object.keys(FLAGS)));
    const runs = await Promise.all(listed.map((name) => dossier([name, '--help'])));
    listed.forEach((name, i) => {
      const run = runs[i]!;
      expect(run.code, name).toBe(0);
      expect(run.stderr, name).toBe('');
      expect(run.stdout, name).toContain(`dossier ${name}`);
      for (const flag of FLAGS[name] ?? ['--vault']) expect(run.stdout, `${name} ${flag}`).toContain(flag);
    });
  });
});

describe('dossier init', () => {
  it('creates one owner-only vault file and never overwrites it', async () => {
    const folder = join(dir, 'init');
    mkdirSync(folder);
    const vault = join(folder, 'vault.dossier');
    const created = await dossier(['init', '--vault', vault]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(folder)).toEqual(['vault.dossier']);
    expect(statSync(vault).mode & 0o777).toBe(0o600);
    expect(readFileSync(vault).includes(Buffer.from('SQLite format 3'))).toBe(false);

    const before = sha256(vault);
    expectFailure(await dossier(['init', '--vault', vault], { passphrase: 'another passphrase' }), 1, 'VAULT_EXISTS');
    expect(sha256(vault)).toBe(before);
    expect(readdirSync(folder)).toEqual(['vault.dossier']);
  });

  it('reads the passphrase twice from a pipe and refuses two different ones', async () => {
    const folder = join(dir, 'piped');
    mkdirSync(folder);
    const vault = join(folder, 'piped.dossier');
    expect(await dossier(['init', '--vault', vault], { input: 'pipe pass ўі\npipe pass ўі\n' })).toMatchObject({ code: 0, stderr: '' });
    // The piped passphrase is the vault's: one piped line opens it.
    expect(await dossier(['list', '--vault', vault], { input: 'pipe pass ўі\n' })).toMatchObject({ code: 0, stdout: 'No entries.\n', stderr: '' });

    const other = join(folder, 'differs.dossier');
    expectFailure(await dossier(['init', '--vault', other], { input: 'one passphrase\nanother one\n' }), 1, 'INVALID_INPUT');
    expect(readdirSync(folder)).toEqual(['piped.dossier']);
  });
});

describe('recording, editing, listing, searching', () => {
  let vault = '';
  let photo = '';
  const ids = { incident: '', stalking: '', economic: '' };
  const add = (args: string[]) => dossier(['add', '--vault', vault, ...args]);
  const OLD_TEXT = 'Новогодняя ёлка упала. Избиение продолжалось десять минут.';
  const NEW_TEXT = 'Новогодняя ёлка упала. Избиение продолжалось пятнадцать минут.';

  beforeAll(async () => {
    vault = join(dir, 'main.dossier');
    photo = join(dir, 'photo of bruises.jpg');
    // 1.5 MiB: the attachment spans two of the vault's 1 MiB chunks.
    writeFileSync(photo, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(1536 * 1024)]));
    expect((await dossier(['init', '--vault', vault])).code).toBe(0);
  });

  it('add prints exactly one line, the new id, for each kind', async () => {
    // One after another: the vault is single-writer (a second process would get VAULT_BUSY).
    const incident = await add(['--kind', 'incident', '--occurred', '2024-03-05T18:30', '--tz', 'Europe/Minsk', '--title', `Скандал на кухне ${MARKER}`, '--text', OLD_TEXT, '--category', 'physical', '--category', 'threats', '--place', 'Минск', '--attach', photo, '--no-ocr']);
    const stalking = await add(['--kind', 'stalking', '--occurred', '2024-04-01T09:00Z', '--tz', 'Europe/Minsk', '--title', `Ждал у подъезда ${MARKER}`, '--text', 'Стоял у дома, где во дворе стоит елка.', '--category', 'showing_up_at_home_or_work']);
    const economic = await add(['--kind', 'economic', '--occurred', '2024-02-10', '--precision', 'date', '--tz', 'Europe/Minsk', '--title', `Забрал зарплату ${MARKER}`, '--amount', '1500,50', '--currency', 'byn', '--category', 'deprivation_of_funds']);
    for (const run of [incident, stalking, economic]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^[^\n]+\n$/);
      expect(run.stdout.trim()).toMatch(ID);
    }
    ids.incident = incident.stdout.trim();
    ids.stalking = stalking.stdout.trim();
    ids.economic = economic.stdout.trim();
  });

  it('edit keeps the earlier version; show --json has zone-correct time, revisions and the attachment hash', async () => {
    const edited = await dossier(['edit', '--vault', vault, '--id', ids.incident, '--text', NEW_TEXT]);
    expect(edited).toMatchObject({ code: 0, stdout: `${ids.incident} now at version 2\n`, stderr: '' });

    const shown = await dossier(['show', '--vault', vault, '--id', ids.incident, '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    const detail = JSON.parse(shown.stdout);
    expect(detail.entry).toMatchObject({ id: ids.incident, version: 2, kind: 'incident', text: NEW_TEXT, categories: ['physical', 'threats'] });
    // 18:30 wall time in Minsk (UTC+3, no DST) is 15:30 UTC.
    expect(detail.entry.occurredAt).toEqual({ at: '2024-03-05T15:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' });
    expect(detail.revisions).toHaveLength(1);
    expect(detail.revisions[0]).toMatchObject({ version: 1, record: { version: 1, text: OLD_TEXT } });
    expect(detail.attachments).toHaveLength(1);
    expect(detail.attachments[0]).toMatchObject({ fileName: 'photo of bruises.jpg', size: statSync(photo).size, sha256: sha256(photo) });
  });

  it('list shows entries newest first, as text and as JSON, filtered by kind and period', async () => {
    const text = await dossier(['list', '--vault', vault]);
    const json = await dossier(['list', '--vault', vault, '--json']);
    const economic = await dossier(['list', '--vault', vault, '--kind', 'economic', '--json']);
    const march = await dossier(['list', '--vault', vault, '--from', '2024-03-01', '--to', '2024-03-31', '--tz', 'Europe/Minsk', '--json']);
    for (const run of [text, json, economic, march]) expect(run).toMatchObject({ code: 0, stderr: '' });

    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual([ids.stalking, ids.incident, ids.economic]);
    expect(lines[1]).toContain('2024-03-05 18:30 (Europe/Minsk, UTC+03:00)');
    expect(lines[1]).toContain('edited ×1');
    expect(lines[1]).toContain('1 file(s)');
    expect(lines[2]).toContain('2024-02-10 (Europe/Minsk)');

    const all = JSON.parse(json.stdout) as { id: string; occurredAt: { at: string } }[];
    expect(all.map((e) => e.id)).toEqual([ids.stalking, ids.incident, ids.economic]);
    const times = all.map((e) => e.occurredAt.at);
    expect([...times].sort().reverse()).toEqual(times);

    expect(JSON.parse(economic.stdout)).toEqual([
      expect.objectContaining({ id: ids.economic, amount: { value: '1500.50', currency: 'BYN' }, occurredAt: { at: '2024-02-09T21:00:00.000Z', zone: 'Europe/Minsk', precision: 'date' } }),
    ]);
    expect(JSON.parse(march.stdout).map((e: { id: string }) => e.id)).toEqual([ids.incident]);
  });

  it('search folds case and ё ("ЁЛКА" finds "ёлка" and "елка") and matches word beginnings', async () => {
    const yolka = await dossier(['search', '--vault', vault, 'ЁЛКА', '--json']);
    const prefix = await dossier(['search', '--vault', vault, 'избие', '--json']);
    const plain = await dossier(['search', '--vault', vault, 'подъезда']);
    for (const run of [yolka, prefix, plain]) expect(run).toMatchObject({ code: 0, stderr: '' });
    const hitIds = (run: Run) => (JSON.parse(run.stdout) as { entryId: string }[]).map((hit) => hit.entryId).sort();
    expect(hitIds(yolka)).toEqual([ids.incident, ids.stalking].sort());
    expect(hitIds(prefix)).toEqual([ids.incident]);
    expect(plain.stdout).toContain(ids.stalking);
    expect(plain.stdout).toContain('[подъезда]');
  });

  it('verify-vault says the vault is intact', async () => {
    const run = await dossier(['verify-vault', '--vault', vault]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('The vault is intact.');
    // vault-create, 3 × create, 3 × entry number, 1 attach, 1 edit
    expect(run.stdout).toMatch(/Ledger:\s+ok \(9 links\)/);
  });

  describe('bad input changes nothing', () => {
    let before = { sha: '', list: '' };
    const big = () => join(dir, 'huge video.mp4');

    beforeAll(async () => {
      writeFileSync(big(), '');
      truncateSync(big(), 1024 ** 3 + 1); // sparse: 1 GiB + 1 byte, no disk used
      const list = await dossier(['list', '--vault', vault, '--json']);
      before = { sha: sha256(vault), list: list.stdout };
    });

    const base = () => ['add', '--vault', vault, '--title', `Секрет ${MARKER}`, '--text', `улики ${MARKER}`];
    const cases: [string, () => string[], number, string][] = [
      ['an invalid date', () => [...base(), '--kind', 'incident', '--occurred', '2024-13-45T25:61'], 1, 'INVALID_INPUT'],
      ['a year typed wrong: a date that has not come yet', () => [...base(), '--kind', 'incident', '--occurred', '2204-03-05T18:30', '--tz', 'Europe/Minsk'], 1, 'INVALID_INPUT'],
      ['a year typed wrong: a date before 1900', () => [...base(), '--kind', 'incident', '--occurred', '0024-03-05', '--precision', 'date', '--tz', 'Europe/Minsk'], 1, 'INVALID_INPUT'],
      ['an unknown time zone', () => [...base(), '--kind', 'incident', '--occurred', '2024-03-05T18:30', '--tz', 'Europe/Atlantis'], 1, 'INVALID_INPUT'],
      ['an unknown kind', () => [...base(), '--kind', 'burglary', '--occurred', '2024-03-05'], 1, 'INVALID_INPUT'],
      ['an unknown category', () => [...base(), '--kind', 'incident', '--occurred', '2024-03-05', '--category', 'teleportation'], 1, 'INVALID_INPUT'],
      ['--amount without --currency', () => [...base(), '--kind', 'economic', '--occurred', '2024-03-05', '--amount', '100'], 1, 'INVALID_INPUT'],
      ['an attachment that does not exist', () => [...base(), '--kind', 'incident', '--occurred', '2024-03-05', '--attach', join(dir, `no ${MARKER}.jpg`)], 1, 'FILE_NOT_FOUND'],
      ['an attachment over 1 GiB', () => [...base(), '--kind', 'incident', '--occurred', '2024-03-05', '--attach', big()], 1, 'FILE_TOO_LARGE'],
      ['an unknown command', () => ['shred', '--vault', vault], 1, 'INVALID_INPUT'],
      ['an unknown flag', () => ['list', '--vault', vault, '--colour'], 1, 'INVALID_INPUT'],
      ['edit of an entry that does not exist', () => ['edit', '--vault', vault, '--id', '00000000-0000-4000-8000-000000000000', '--title', MARKER], 1, 'NOT_FOUND'],
    ];

    it.each(cases)('refuses %s', async (_name, args, exitCode, code) => {
      expectFailure(await dossier(args()), exitCode, code);
    });

    it('left the vault byte for byte as it was, with no entry added', async () => {
      expect(sha256(vault)).toBe(before.sha);
      const after = await dossier(['list', '--vault', vault, '--json']);
      expect(after.stdout).toBe(before.list);
      expect(JSON.parse(after.stdout)).toHaveLength(3);
      rmSync(big());
    });
  });

  describe('a vault that cannot be opened', () => {
    it('wrong passphrase: exit 2, WRONG_PASSPHRASE, file untouched, no journal left', async () => {
      const before = sha256(vault);
      expectFailure(await dossier(['list', '--vault', vault], { passphrase: 'not the passphrase' }), 2, 'WRONG_PASSPHRASE');
      expect(sha256(vault)).toBe(before);
      expect(readdirSync(dir).filter((name) => name.includes('journal'))).toEqual([]);
    });

    it('missing vault: exit 2, VAULT_NOT_FOUND', async () => {
      expectFailure(await dossier(['show', '--vault', join(dir, `nowhere ${MARKER}.dossier`), '--id', ids.incident]), 2, 'VAULT_NOT_FOUND');
    });

    it('truncated (half, 1000 bytes) and random files: exit 2, VAULT_CORRUPT, files untouched', async () => {
      const half = join(dir, 'half.dossier');
      const tiny = join(dir, 'tiny.dossier');
      const noise = join(dir, 'noise.dossier');
      copyFileSync(vault, half);
      truncateSync(half, Math.floor(statSync(vault).size / 2));
      copyFileSync(vault, tiny);
      truncateSync(tiny, 1000);
      writeFileSync(noise, randomBytes(100_000));
      const files = [half, tiny, noise];
      const hashes = files.map(sha256);
      const runs = await Promise.all(files.map((file) => dossier(['list', '--vault', file])));
      for (const run of runs) expectFailure(run, 2, 'VAULT_CORRUPT');
      expect(files.map(sha256)).toEqual(hashes);
    });

    it('random bytes of a plausible vault size: exit 2 (corrupt and wrong passphrase look the same)', async () => {
      // connection.ts: a random file a whole number of pages long cannot be told from a vault under
      // another passphrase, so either code is honest here.
      const noise = join(dir, 'noise-pages.dossier');
      writeFileSync(noise, randomBytes(40 * 4096));
      const run = await dossier(['list', '--vault', noise]);
      expect(run.stderr).toMatch(/^dossier: (VAULT_CORRUPT|WRONG_PASSPHRASE): /);
      expectFailure(run, 2, run.stderr.split(':')[1]!.trim());
    });

    it('busy: while another program holds the vault, list says VAULT_BUSY; after it locks, list works', async () => {
      const holder = createService();
      await holder['vault.open']({ path: vault, passphrase: PASSPHRASE });
      try {
        expectFailure(await dossier(['list', '--vault', vault]), 2, 'VAULT_BUSY');
      } finally {
        await holder['vault.lock']({});
      }
      const after = await dossier(['list', '--vault', vault]);
      expect(after).toMatchObject({ code: 0, stderr: '' });
      expect(after.stdout.trimEnd().split('\n')).toHaveLength(3);
    });
  });
});
