// The streamed SMS import (issue 12, item 2): a generated SMS Backup & Restore file of ~600 MB
// (~10 M small records, the size that used to end in an out-of-memory crash at 3.7 GB) imported
// through the real service in a child process. Goal: peak RSS ≤ 600 MB. The size can be lowered
// for a quick point with DOSSIER_BENCH_SMS_MB (the import of 600 MB takes most of an hour on a
// loaded 2-core machine); the figures name the size they measured.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atMost, round, type Figure } from './figures';

const MB = 1024 * 1024;
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

export async function benchSmsImport(): Promise<Figure[]> {
  const megabytes = Number(process.env.DOSSIER_BENCH_SMS_MB ?? 600);
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-sms-'));
  try {
    const file = join(dir, 'sms-backup.xml');
    const records = writeSmsBackup(file, megabytes);
    const size = statSync(file).size / MB;
    process.stderr.write(`sms import: ${records} records, ${round(size)} MB…\n`);
    const child = (mode: 'preview' | 'import', vault: string) => {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'smsImportChild.ts'), mode, file, join(dir, vault)], {
        encoding: 'utf8',
        cwd: join(__dirname, '..', '..'),
        maxBuffer: MB,
      });
      return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; maxRssMb: number; messages: number };
    };
    const label = `SMS backup (${round(size)} MB, ${records} records)`;
    // The preview is the counting pass alone: every record parsed, none kept.
    const preview = child('preview', 'preview.dossier');
    const run = child('import', 'bench.dossier');
    return [
      { figure: `${label}: preview time`, value: round(preview.ms / 1000), unit: 's', goal: 'reported', ok: preview.messages === records },
      { ...atMost(`${label}: preview peak RSS`, preview.maxRssMb, 600), unit: 'MB' },
      { figure: `${label}: import time`, value: round(run.ms / 1000), unit: 's', goal: 'reported', ok: run.messages === records },
      { ...atMost(`${label}: import peak RSS`, run.maxRssMb, 600), unit: 'MB' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
