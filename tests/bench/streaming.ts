// Benchmark: streaming a large table (Db.each, used by verify-vault over every message) costs one
// pass. Reading 4× the rows must take about 4× the time (goal ≤ 5×); paging with LIMIT/OFFSET, as
// before, re-read every earlier row for each page and grew with the square (≈ 16×).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Db } from '../../main/vault/sqlite';
import { median, round, time, type Figure } from './figures';

const SMALL = 50_000;
const progress = (line: string) => process.stderr.write(`bench streaming: ${line}\n`);

async function tableOf(path: string, rows: number): Promise<Db> {
  const db = await Db.open(path, 'create');
  await db.exec('CREATE TABLE messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT)');
  await db.transaction(async () => {
    const insert = await db.prepare('INSERT INTO messages (data) VALUES (?)');
    for (let i = 0; i < rows; i += 1) await insert.run([`{"text":"message ${i} of a long stalking log"}`]);
  });
  return db;
}

async function streamMs(db: Db): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) runs.push((await time(() => db.each('SELECT seq, data FROM messages', 'seq', [], () => undefined))).ms);
  return median(runs);
}

/** The paging Db.each used before, measured beside it in the same run for the record. */
async function offsetPaging(db: Db): Promise<number> {
  let count = 0;
  for (;;) {
    const rows = await db.all('SELECT * FROM (SELECT seq, data FROM messages ORDER BY seq) LIMIT 256 OFFSET ?', [count]);
    count += rows.length;
    if (rows.length < 256) return count;
  }
}

export async function benchStreaming(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-streaming-'));
  try {
    progress(`building ${SMALL} and ${4 * SMALL} rows`);
    const small = await tableOf(join(dir, 'small.db'), SMALL);
    const large = await tableOf(join(dir, 'large.db'), 4 * SMALL);
    const smallMs = await streamMs(small);
    const largeMs = await streamMs(large);
    const ratio = largeMs / smallMs;
    const offsetMs = (await time(() => offsetPaging(large))).ms;
    progress(`keyset ${round(largeMs)} ms, LIMIT/OFFSET ${round(offsetMs)} ms for ${4 * SMALL} rows`);
    return [{ figure: `stream ${4 * SMALL} rows ÷ ${SMALL} rows (Db.each)`, value: round(ratio), goal: '<= 5 (linear is 4)', ok: ratio <= 5, ratio: round(ratio), smallMs: round(smallMs), largeMs: round(largeMs), limitOffsetMs: round(offsetMs) }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
