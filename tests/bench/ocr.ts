// Benchmark (issue 14, item 6): reading the words of a 1280 × 800 Russian screenshot, offline, with
// the engine the service uses (goal ≤ 2 s a screenshot once the engine is started). The engine's
// start (loading four languages' data) is reported on its own: it happens once per unlock.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReader } from '../../main/ocr/recognise';
import { russianScreenshot } from '../fixtures/screenshot';
import { atMost, median, round, time, type Figure } from './figures';

const RUNS = 5;
const progress = (line: string) => process.stderr.write(`bench ocr: ${line}\n`);

export async function benchOcr(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-ocr-'));
  const reader = createReader();
  try {
    const image = readFileSync(await russianScreenshot(dir));
    progress('starting the engine and reading the first screenshot');
    const first = await time(() => reader.read(image));
    if (first.result.status !== 'read') throw new Error('the bench screenshot was not read');
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push((await time(() => reader.read(image))).ms);
    const each = median(runs);
    return [
      atMost('OCR: one 1280×800 Russian screenshot (ms, engine started)', each, 2000, { runs: runs.map(round) }),
      { figure: 'OCR: engine start + first screenshot (ms, once per unlock)', value: round(first.ms), goal: 'reported', ok: true },
    ];
  } finally {
    await reader.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
