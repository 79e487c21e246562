// The streamed SMS import (issue 12, item 2): a generated SMS Backup & Restore file imported by the
// built command-line tool in a child process (smsImportChild.cjs), preview and import each in a
// process of its own. Goal: peak RSS ≤ 600 MB at 600 MB (~9 M small records, the size that used
// to end in an out-of-memory crash at 3.7 GB), and a peak that does not grow with the file: the
// figures name their size and give the peak per MB of file, so points at 60, 200 and 600 MB show
// the slope. `npm run bench -- --sms-mb 60,200` measures other sizes (default 600, which takes
// most of an hour on a loaded 2-core machine); `npx tsx tests/bench/smsImport.ts 60 200` runs
// only this section.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atMost, round, table, type Figure } from './figures';

const MB = 1024 * 1024;
const ROOT = join(__dirname, '..', '..');
const PASSPHRASE = 'bench: sms import, correct horse battery staple';
/** Short bodies, as most of a real backup's records are: ~68 bytes a record, ~9 M in 600 MB. */
const BODIES = ['Где', 'Ну', 'Ау', 'Эй', 'Ок'];

/** Writes ~`megabytes` MB of small records, a few thousand at a time (never the whole text). */
export function writeSmsBackup(path: string, megabytes: number): number {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="0">\n`);
    let written = 0;
    let records = 0;
    const start = Date.UTC(2020, 0, 1);
    while (written < megabytes * MB) {
      const lines: string[] = [];
      for (let i = 0; i < 10_000; i += 1, records += 1) {
        // Her replies are every fifth record (type 2, outgoing); his come in (type 1).
        lines.push(`<sms date="${start + records * 7_000}" type="${records % 5 === 4 ? 2 : 1}" body="${BODIES[records % BODIES.length]}${records % 1000}" address="Max"/>\n`);
      }
      const text = lines.join('');
      writeSync(fd, text);
      written += Buffer.byteLength(text);
    }
    writeSync(fd, '</smses>\n');
    return records;
  } finally {
    closeSync(fd);
  }
}

interface ChildRun {
  code: number;
  ms: number;
  maxRssMb: number;
  cpuS: number;
  output: string;
}

function child(mode: 'preview' | 'import', file: string, vault: string): ChildRun {
  const out = execFileSync(process.execPath, [join(__dirname, 'smsImportChild.cjs'), mode, file, vault], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, DOSSIER_PASSPHRASE: PASSPHRASE },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * MB,
  });
  const run = JSON.parse(out.trim().split('\n').pop()!) as ChildRun;
  if (run.code !== 0) throw new Error(`sms ${mode} ended with exit ${run.code}: ${run.output.slice(0, 300)}`);
  return run;
}

/** One size: preview, then import, of the same generated file. */
async function benchOneSize(megabytes: number): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-sms-'));
  try {
    const file = join(dir, 'sms-backup.xml');
    const records = writeSmsBackup(file, megabytes);
    const size = statSync(file).size / MB;
    const vault = join(dir, 'bench.dossier');
    execFileSync(process.execPath, [join(ROOT, 'bin', 'dossier.js'), 'init', '--vault', vault], { cwd: ROOT, env: { ...process.env, DOSSIER_PASSPHRASE: PASSPHRASE }, stdio: 'ignore' });
    process.stderr.write(`sms import: ${records} records, ${round(size)} MB…\n`);
    const label = `SMS backup ${Math.round(size)} MB (${records} records)`;
    // The preview is the counting pass alone: every record parsed, none kept.
    const preview = child('preview', file, vault);
    const counted = (JSON.parse(preview.output) as { messages: number; calls: number }).messages;
    process.stderr.write(`  preview: ${round(preview.ms / 1000)} s, peak ${Math.round(preview.maxRssMb)} MB\n`);
    const run = child('import', file, vault);
    const imported = (JSON.parse(run.output) as { imported: number }).imported;
    process.stderr.write(`  import: ${round(run.ms / 1000)} s, peak ${Math.round(run.maxRssMb)} MB, vault ${Math.round(statSync(vault).size / MB)} MB\n`);
    return [
      { figure: `${label}: preview time`, value: round(preview.ms / 1000), unit: 's', goal: 'reported', ok: counted === records },
      { ...atMost(`${label}: preview peak RSS`, preview.maxRssMb, 600), unit: 'MB' },
      { figure: `${label}: import time`, value: round(run.ms / 1000), unit: 's', goal: 'reported', ok: imported === records, cpuS: round(run.cpuS) },
      { figure: `${label}: import records per second`, value: Math.round(records / (run.ms / 1000)), goal: 'reported', ok: true },
      { ...atMost(`${label}: import peak RSS`, run.maxRssMb, 600), unit: 'MB' },
      { figure: `${label}: import peak RSS per MB of file`, value: round(run.maxRssMb / size), goal: 'reported (falls as the file grows when the peak is flat)', ok: true },
      { figure: `${label}: vault size`, value: Math.round(statSync(vault).size / MB), unit: 'MB', goal: 'reported', ok: true },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes from `--sms-mb 60,200` (or DOSSIER_BENCH_SMS_MB); 600 MB when none is given. */
export function smsSizes(argv: readonly string[]): number[] {
  const at = argv.indexOf('--sms-mb');
  const given = at >= 0 ? argv[at + 1] : process.env.DOSSIER_BENCH_SMS_MB;
  const sizes = (given ?? '600').split(',').map(Number);
  if (sizes.some((mb) => !Number.isFinite(mb) || mb <= 0)) throw new Error('--sms-mb takes sizes in MB, such as 60,200,600');
  return sizes;
}

export async function benchSmsImport(sizes: readonly number[] = smsSizes(process.argv)): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const megabytes of sizes) figures.push(...(await benchOneSize(megabytes)));
  return figures;
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  benchSmsImport(sizes.length > 0 ? sizes : [600]).then(
    (figures) => {
      for (const figure of figures) process.stdout.write(`${JSON.stringify(figure)}\n`);
      process.stdout.write(`\n${table(figures)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`sms bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
