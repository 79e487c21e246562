// Fuzzing the importers of exports of many files (Telegram HTML, VK, Instagram/Facebook JSON,
// Signal, WhatsApp with media): random bytes, real-shaped pages cut anywhere, pages in the wrong
// encoding, and zips of them with flipped bytes give a parsed export or a coded error (IMPORT_*,
// FILE_TOO_LARGE) — never another exception, never a hang. FUZZ_RUNS cases (10,000 in test:long).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../main/importers/index';
import type { ImportFormat } from '../../main/importers/types';
import { DossierError } from '../../shared/errors';
import { CASE_TIME_LIMIT_MS, FUZZ_RUNS } from '../unit/importers/helpers';
import { bytesOf, instagramThread, telegramExport, vkConversation, zipTree } from '../unit/importers/synthetic';

const tg = telegramExport(2, 6).tree;
const vk = vkConversation(42, 'Виктор', 60);
const ig = instagramThread('inbox/v_1', 'Виктор', [{ sender_name: 'Виктор', timestamp_ms: 1_650_000_000_000, content: 'Где ты' }, { sender_name: 'Анна', timestamp_ms: 1_650_000_060_000, content: 'Дома', reactions: [{ reaction: '❤', actor: 'Виктор' }] }], 1);
const signal = '[2019-05-29, 15:04] Виктор: Где ты?\nещё\n[2019-05-29 15:05:00] Me: дома\n';
const wa = { '_chat.txt': '[23.03.22, 14:01:02] Виктор: <attached: 00000001-PHOTO.jpg>\n[23.03.22, 14:02:00] Виктор: ../x.jpg (file attached)\n', '00000001-PHOTO.jpg': new Uint8Array([0xff, 0xd8, 0xff]) };

/** One real page (or file) of each format, by the name it has in its export. */
const SAMPLES: [ImportFormat | 'auto', string, Uint8Array][] = [
  ['telegram-html', 'messages.html', bytesOf(tg['messages.html']!)],
  ['vk', 'messages0.html', bytesOf(vk['messages/42/messages0.html']!)],
  ['instagram', 'message_1.json', bytesOf(ig['inbox/v_1/message_1.json']!)],
  ['signal', 'chat.md', bytesOf(signal)],
];
const ZIPS: Uint8Array[] = [zipTree(tg), zipTree(vk), zipTree(ig), zipTree(wa)];

/** A text re-encoded the wrong way: UTF-8 read as windows-1251 bytes and the reverse, UTF-16. */
function misencoded(bytes: Uint8Array, how: number): Uint8Array {
  const text = new TextDecoder(how === 0 ? 'windows-1251' : 'utf-8').decode(bytes);
  if (how === 2) return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
  if (how === 3) return Buffer.from(text, 'latin1');
  return new TextEncoder().encode(text);
}

function outcomeOf(format: ImportFormat | 'auto', name: string, bytes: Uint8Array): string {
  const started = performance.now();
  try {
    parseExport(format, name, bytes, { zone: 'Europe/Minsk', dateOrder: 'dmy' });
    return 'parsed';
  } catch (error) {
    if (!(error instanceof DossierError) || !(error.code.startsWith('IMPORT_') || error.code === 'FILE_TOO_LARGE')) throw error;
    return error.code;
  } finally {
    expect(performance.now() - started).toBeLessThan(CASE_TIME_LIMIT_MS);
  }
}

const runs = Math.max(100, FUZZ_RUNS);

describe('fuzzing the many-file importers', () => {
  it('the doors: every real-shaped sample parses, by its format and by auto', () => {
    for (const [format, name, bytes] of SAMPLES) {
      expect(outcomeOf(format, name, bytes)).toBe('parsed');
      expect(outcomeOf('auto', name, bytes)).toBe('parsed');
    }
    for (const zip of ZIPS) expect(outcomeOf('auto', 'export.zip', zip)).toBe('parsed');
  });

  it('random bytes, to every parser', () => {
    const formats = fc.constantFrom<ImportFormat | 'auto'>('auto', 'telegram-html', 'vk', 'instagram', 'signal', 'whatsapp');
    fc.assert(fc.property(formats, fc.uint8Array({ maxLength: 4096 }), (format, bytes) => void outcomeOf(format, 'x.html', bytes)), { numRuns: runs });
  }, 900_000);

  it('real pages cut anywhere and in the wrong encoding', () => {
    fc.assert(
      fc.property(fc.nat(SAMPLES.length - 1), fc.nat(), fc.option(fc.nat(3), { nil: undefined }), (which, cut, how) => {
        const [format, name, bytes] = SAMPLES[which]!;
        const cutBytes = bytes.subarray(0, cut % (bytes.length + 1));
        const input = how === undefined ? cutBytes : misencoded(cutBytes, how);
        outcomeOf(format, name, input);
        outcomeOf('auto', name, input);
      }),
      { numRuns: runs },
    );
  }, 900_000);

  it('zips of pages with flipped bytes and cuts', () => {
    fc.assert(
      fc.property(fc.nat(ZIPS.length - 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 3 }), fc.option(fc.nat(), { nil: undefined }), (which, flips, cut) => {
        const zip = Buffer.from(ZIPS[which]!);
        for (const [at, mask] of flips) zip[at % zip.length] = zip[at % zip.length]! ^ mask;
        outcomeOf('auto', 'export.zip', cut === undefined ? zip : zip.subarray(0, Math.max(4, cut % zip.length)));
      }),
      { numRuns: runs },
    );
  }, 900_000);
});
