// Fuzzing hostile archives: zips with many entries, decoy names, sizes that lie (small, or past
// the limit), flipped bytes and cuts. Importing one gives a parsed export or a coded error
// (IMPORT_* or FILE_TOO_LARGE) — never another exception, never a hang, and never an inflate past
// the zip limit. FUZZ_RUNS cases (10,000 in `npm run test:long`).
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../../main/importers/index';
import { ZIP_LIMITS } from '../../../main/importers/zipBounds';
import { DossierError } from '../../../shared/errors';
import { CASE_TIME_LIMIT_MS, FUZZ_RUNS, utf8 } from './helpers';

const names = fc.constantFrom('_chat.txt', 'WhatsApp Chat with Max.txt', 'notes.txt', '__MACOSX/._chat.txt', 'IMG-0001.jpg', 'dir/_chat.txt', 'a.TXT');
const chatText = fc.array(fc.constantFrom('05/03/2024, 18:30 - Max: где ты\n', '[05.03.24, 18:30:01] Max: ?\n', 'line\n', '\u200E', '\r\n', ''), { maxLength: 30 }).map((parts) => parts.join(''));
const content = fc.oneof(chatText.map(utf8), fc.uint8Array({ maxLength: 200 }), fc.nat(64 * 1024).map((n) => new Uint8Array(n)));
const declared = fc.oneof(fc.constant(0), fc.nat(1024 * 1024), fc.integer({ min: ZIP_LIMITS.inflatedBytes + 1, max: 0xffffffff }));

const hostileZip = fc
  .tuple(
    fc.array(fc.tuple(names, content), { minLength: 1, maxLength: 60 }),
    fc.array(fc.tuple(fc.nat(59), declared), { maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 3 }),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([entries, lies, flips, cut]) => {
    const files: Record<string, Uint8Array> = {};
    entries.forEach(([name, data], i) => (files[i === 0 ? name : `${i}-${name}`] = data));
    const zip = Buffer.from(zipSync(files));
    // Rewrite some declared sizes (central directory entries, in order).
    const directory: number[] = [];
    for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4, 'latin1')) directory.push(at);
    for (const [which, size] of lies) if (directory.length) zip.writeUInt32LE(size, directory[which % directory.length]! + 24);
    for (const [at, mask] of flips) zip[at % zip.length] = zip[at % zip.length]! ^ mask;
    return cut === undefined ? zip : zip.subarray(0, Math.max(4, cut % zip.length));
  });

function outcomeOf(zip: Uint8Array): string {
  const started = performance.now();
  try {
    parseExport('whatsapp', 'export.zip', zip, { zone: 'UTC', dateOrder: 'dmy' });
    return 'parsed';
  } catch (error) {
    if (!(error instanceof DossierError) || !(error.code.startsWith('IMPORT_') || error.code === 'FILE_TOO_LARGE')) throw error;
    return error.code;
  } finally {
    expect(performance.now() - started).toBeLessThan(CASE_TIME_LIMIT_MS);
  }
}

describe('fuzzing hostile archives', () => {
  it('the doors the fuzzer knocks on: a real parse, a lying size, a damaged zip', () => {
    const good = Buffer.from(zipSync({ '_chat.txt': utf8('05/03/2024, 18:30 - Max: где ты\n') }));
    expect(outcomeOf(good)).toBe('parsed');
    const lying = Buffer.from(good);
    lying.writeUInt32LE(ZIP_LIMITS.inflatedBytes + 1, lying.indexOf('PK\x01\x02', 0, 'latin1') + 24);
    expect(outcomeOf(lying)).toBe('FILE_TOO_LARGE');
    expect(outcomeOf(good.subarray(0, good.length - 30))).toBe('IMPORT_MALFORMED');
  });

  it('a hostile zip gives a parsed export or a coded error, in time', () => {
    fc.assert(
      fc.property(hostileZip, (zip) => {
        outcomeOf(zip);
      }),
      { numRuns: Math.max(100, FUZZ_RUNS) },
    );
  }, 900_000);
});
