// Db.each streams a large table in pages. Before keyset paging it re-read every earlier row for each
// page (LIMIT/OFFSET over a subquery): verify-vault over a million messages grew with the square of
// the table. The time figure is in the benchmark (tests/bench/streaming.ts); here, what it returns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Db } from '../../../main/vault/sqlite';

const dir = mkdtempSync(join(tmpdir(), 'dossier-each-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tableOf(rows: number): Promise<Db> {
  const db = await Db.open(join(dir, `t${rows}.db`), 'create');
  await db.exec('CREATE TABLE t (seq INTEGER PRIMARY KEY AUTOINCREMENT, batch TEXT, data TEXT)');
  await db.transaction(async () => {
    const insert = await db.prepare('INSERT INTO t (batch, data) VALUES (?, ?)');
    for (let i = 0; i < rows; i += 1) await insert.run([i % 3 === 0 ? 'a' : 'b', `row ${i}`]);
  });
  // Gaps in the key (destroyed rows) must not end the stream early or repeat a page.
  await db.run('DELETE FROM t WHERE seq % 7 = 0');
  return db;
}

describe('Db.each', () => {
  it('reads every row once, in key order, across many pages and gaps', async () => {
    const db = await tableOf(2_000);
    const seen: number[] = [];
    const count = await db.each<{ seq: number }>('SELECT seq, data FROM t', 'seq', [], (row) => seen.push(row.seq));
    const expected = Array.from({ length: 2_000 }, (_, i) => i + 1).filter((seq) => seq % 7 !== 0);
    expect(count).toBe(expected.length);
    expect(seen).toEqual(expected);
  });

  it('keeps the caller’s own parameters and filter', async () => {
    const db = await tableOf(1_000);
    const seen: string[] = [];
    await db.each<{ seq: number; batch: string }>('SELECT seq, batch FROM t WHERE batch = ?', 'seq', ['a'], (row) => seen.push(row.batch));
    expect(seen.length).toBe(Array.from({ length: 1_000 }, (_, i) => i + 1).filter((s) => s % 7 !== 0 && (s - 1) % 3 === 0).length);
    expect(new Set(seen)).toEqual(new Set(['a']));
  });

  it('refuses a key that is not a plain column name (it is written into the SQL)', async () => {
    const db = await tableOf(10);
    await expect(db.each('SELECT seq FROM t', 'seq; DROP TABLE t', [], () => undefined)).rejects.toThrow(/plain column/);
  });
});
