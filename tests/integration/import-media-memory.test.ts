// A media file of an export is held in memory once while it is attached, not read and then copied
// whole (main/importMedia.ts) and copied again, ever shorter, while it is cut into chunks
// (main/vault/attachments.ts). Measured by counting, not by timing or RSS: every Buffer the
// process makes while the import commits goes through Buffer's own allocating functions, which the
// test wraps and tallies (outermost call only: Buffer.concat allocates through Buffer.allocUnsafe;
// a view of memory already there is no allocation). A file read from a folder is such a Buffer
// (readFileSync), so there the one read is counted too. A zip's entry is inflated by fflate into a
// plain Uint8Array the tally cannot see; there the count shows that nothing copies it.
import { createHash, randomBytes } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_BYTES, exactChunks } from '../../main/vault/attachments';
import { writeTree, zipTree } from '../unit/importers/synthetic';
import { newVault, tempFolder } from './helpers';

const ALLOCATORS = ['from', 'concat', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'copyBytesFrom'] as const;

/** Buffer.from(arrayBuffer, offset, length) makes a view of memory that is already there. */
const isView = (args: unknown[]) => args[0] instanceof ArrayBuffer || args[0] instanceof SharedArrayBuffer;

/** The size of every Buffer of at least `min` bytes made while `run` runs. */
async function bigAllocations(min: number, run: () => Promise<unknown>): Promise<number[]> {
  const sizes: number[] = [];
  let depth = 0;
  for (const name of ALLOCATORS) {
    const original = (Buffer[name] as (...args: unknown[]) => Buffer).bind(Buffer);
    vi.spyOn(Buffer, name).mockImplementation(((...args: unknown[]) => {
      depth += 1;
      try {
        const made = original(...args);
        if (depth === 1 && made.length >= min && !isView(args)) sizes.push(made.length);
        return made;
      } finally {
        depth -= 1;
      }
    }) as never);
  }
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return sizes;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** 5.5 MiB of video: five whole chunks and half of one. */
const VIDEO = randomBytes(5 * CHUNK_BYTES + CHUNK_BYTES / 2);
const TREE = {
  '_chat.txt': ['[23.03.22, 14:00:00] Виктор: Смотри', '[23.03.22, 14:01:00] Виктор: VID-20220323-WA0001.mp4 (file attached)', ''].join('\n'),
  'VID-20220323-WA0001.mp4': VIDEO,
};
const settings = { format: 'auto' as const, zone: 'Europe/Minsk', dateOrder: 'dmy' as const };

describe('a media file is in memory once while it is imported', () => {
  const dir = tempFolder('dossier-media-memory-');
  afterEach(() => vi.restoreAllMocks());

  it('cutting one big piece into chunks copies no whole chunk; pieces that straddle are joined one chunk at a time', async () => {
    async function* pieces(...list: Buffer[]) {
      yield* list;
    }
    const made = await bigAllocations(64 * 1024, async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of exactChunks(pieces(VIDEO))) chunks.push(chunk);
      expect(chunks.map((c) => c.length)).toEqual([...Array<number>(5).fill(CHUNK_BYTES), CHUNK_BYTES / 2]);
      // Every chunk, the short last one too, is a view of the file's own bytes.
      expect(chunks.every((c) => c.buffer === VIDEO.buffer)).toBe(true);
    });
    expect(made).toEqual([]);
    // Pieces of a stream that do not fall on chunk bounds: each joined chunk is one chunk long.
    const chunks: Buffer[] = [];
    const straddling = await bigAllocations(64 * 1024, async () => {
      for await (const chunk of exactChunks(pieces(VIDEO.subarray(0, 700_000), VIDEO.subarray(700_000, 2_500_000), VIDEO.subarray(2_500_000)))) chunks.push(chunk);
    });
    expect(sha(Buffer.concat(chunks))).toBe(sha(VIDEO));
    expect(chunks.slice(0, -1).every((c) => c.length === CHUNK_BYTES)).toBe(true);
    expect(straddling.every((size) => size <= CHUNK_BYTES)).toBe(true);
  });

  it('cuts any pieces into whole chunks and one shorter last chunk: no empty chunk after whole ones, one empty chunk for an empty file', async () => {
    const cut = async (list: Buffer[]) => {
      const chunks: Buffer[] = [];
      for await (const chunk of exactChunks((async function* () { yield* list; })())) chunks.push(chunk);
      return chunks;
    };
    expect((await cut([])).map((c) => c.length)).toEqual([0]);
    expect((await cut([VIDEO.subarray(0, 2 * CHUNK_BYTES)])).map((c) => c.length)).toEqual([CHUNK_BYTES, CHUNK_BYTES]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 2 * CHUNK_BYTES + 10 }), { maxLength: 6 }), async (lengths) => {
        let at = 0;
        const list = lengths.map((length) => VIDEO.subarray(at % VIDEO.length, (at += length) % VIDEO.length || undefined)).filter((b) => b.length > 0);
        const total = list.reduce((n, b) => n + b.length, 0);
        const chunks = await cut(list);
        expect(Buffer.concat(chunks).equals(Buffer.concat(list))).toBe(true);
        expect(chunks.length).toBe(Math.max(1, Math.ceil(total / CHUNK_BYTES)));
        expect(chunks.slice(0, -1).every((c) => c.length === CHUNK_BYTES)).toBe(true);
        expect(chunks.at(-1)!.length).toBe(total === 0 ? 0 : total - (chunks.length - 1) * CHUNK_BYTES);
      }),
      { numRuns: 60 },
    );
  });

  for (const from of ['folder', 'zip'] as const) {
    it(`from the ${from}: the video is stored intact, and the one whole-file buffer made is its one read`, async () => {
      const source = { path: from === 'folder' ? writeTree(join(dir, 'unpacked'), TREE) : join(dir, 'WhatsApp Chat - Виктор.zip') };
      if (from === 'zip') writeFileSync(source.path, zipTree(TREE));
      const { service } = await newVault(dir, `${from}.dossier`);
      let entryId = '';
      // Anything bigger than one chunk is a whole file in memory: pieces read from disk (the zip kept
      // as the original is hashed and stored from 1 MiB pieces) and joined chunks are at most one.
      const whole = await bigAllocations(CHUNK_BYTES + 1, async () => {
        const result = await service['import.commit']({ source, settings, abuserSenders: ['Виктор'], meSenders: [] });
        entryId = result.entryId;
      });
      // Before: the read (5.5 MiB), its copy (5.5 MiB), then 5.5, 4.5, 3.5, 2.5, 1.5 MiB joined while
      // cutting it into chunks. Now: the one read, of the file (folder) or of the zip that holds it.
      expect(whole).toEqual([from === 'folder' ? VIDEO.length : statSync(source.path).size]);
      const video = (await service['attachments.list']({ entryId })).find((a) => a.fileName === 'VID-20220323-WA0001.mp4');
      expect(video).toMatchObject({ fileName: 'VID-20220323-WA0001.mp4', size: VIDEO.length, sha256: sha(VIDEO) });
      const tail = await service['attachments.read']({ id: video!.id, offset: VIDEO.length - 1000, length: 1000 });
      expect(Buffer.from(tail.base64, 'base64').equals(VIDEO.subarray(-1000))).toBe(true);
      expect((await service['vault.verify']({})).ledger.ok).toBe(true);
      await service.close();
    });
  }
});
