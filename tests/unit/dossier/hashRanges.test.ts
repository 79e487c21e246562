// The signature's digest (main/dossier/sign.ts, hashRanges) read in pieces, the next read while
// this one is hashed: the same SHA-256 as the ranges hashed whole, across piece boundaries, for
// ranges of any length, and a file shorter than its ranges is refused.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryFile } from '../../../main/dossier/memoryOutput';
import { hashRanges } from '../../../main/dossier/sign';

describe('hashRanges', () => {
  const bytes = randomBytes(9 * 1024 * 1024 + 123);
  const file = new MemoryFile();
  file.append(bytes);

  it('hashes the ranges as one stream, whatever their lengths', async () => {
    const cases: [number, number][][] = [
      [[0, bytes.length]],
      [[0, 100], [200, bytes.length - 200]],
      [[0, 4 * 1024 * 1024], [4 * 1024 * 1024 + 5, 4 * 1024 * 1024 + 1]],
      [[17, 0], [18, 1]],
      [],
    ];
    for (const ranges of cases) {
      const whole = createHash('sha256');
      for (const [start, length] of ranges) whole.update(bytes.subarray(start, start + length));
      expect((await hashRanges(file, ranges)).equals(whole.digest())).toBe(true);
    }
  });

  it('refuses a file shorter than its ranges', async () => {
    await expect(hashRanges(file, [[0, bytes.length + 1]])).rejects.toThrow();
  });
});
