// The dossier's file is written by the thread pool while the layout goes on (AtomicOutput): blocks
// at their own offsets, some handed on, some written at once when enough are on their way. Whatever
// the mix of pieces (small text, 256 KB blocks, photos of several MB), the file holds exactly the
// bytes in the order they were given, and nothing is left beside it.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicOutput } from '../../main/dossier/write';
import { tempFolder } from './helpers';

describe('the dossier file written while the layout goes on', () => {
  const dir = tempFolder('dossier-atomic-output-');

  it('holds every byte in order, with pieces written now and later', async () => {
    const target = join(dir, 'dossier.pdf');
    const output = await AtomicOutput.open(target, false);
    const pieces: Buffer[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let i = 0; i < 400; i += 1) {
      // Mostly small pieces, now and then a photo-sized one (3–5 MB): ~40 MB, well past what may be in flight.
      const size = next() % 20 === 0 ? 3_000_000 + (next() % 2_000_000) : next() % 70_000;
      const piece = randomBytes(size);
      pieces.push(piece);
      output.write(piece);
      output.check();
      // The layout lets the event loop turn now and then (after each photo).
      if (i % 25 === 0) await new Promise((turn) => setImmediate(turn));
    }
    await output.settle();
    const expected = Buffer.concat(pieces);
    expect(output.bytesWritten).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(30_000_000);
    await output.commit();
    expect(readFileSync(target).equals(expected)).toBe(true);
    expect(readdirSync(dir)).toEqual(['dossier.pdf']);
  }, 120_000);
});
