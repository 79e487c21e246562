// The hand-over's inner layout and passphrase (main/handover/): what the lawyer's `open-handover`
// relies on before it writes anything. Every file is checked against the index in memory; anything
// missing, extra, altered or named to leave the folder is HANDOVER_DAMAGED.
import { zipSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packHandover, unpackHandover } from '../../../main/handover/layout';
import { handoverPassphraseAsSealed, newHandoverPassphrase } from '../../../main/handover/passphrase';
import { DossierError } from '../../../shared/errors';

const PDF = Buffer.from('%PDF-1.7 stand-in');
const ORIGINAL = { exhibit: '3.1', fileName: 'справка/../../x.pdf', bytes: Buffer.from('оригинал') };
const META = { createdAt: '2024-04-01T09:00:00.000Z', fingerprint: 'a'.repeat(64), originalsLeftOut: 0 };

function damagedBy(work: () => unknown): void {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(DossierError);
    expect((error as DossierError).code).toBe('HANDOVER_DAMAGED');
    return;
  }
  throw new Error('not refused');
}

/** The same archive with one file replaced, added or taken away. */
function rezip(zip: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(zip);
  change(files);
  return zipSync(files);
}

describe('the hand-over layout', () => {
  it('packs the dossier, each original under its exhibit number (no separators), and an index with SHA-256s, and reads them back', () => {
    const { zip, index } = packHandover(PDF, [ORIGINAL], META);
    expect(index.originals[0]!.file).toBe('originals/3.1 справка_.._.._x.pdf');
    const { files } = unpackHandover(zip);
    expect(Buffer.from(files.get('dossier.pdf')!).equals(PDF)).toBe(true);
    expect(Buffer.from(files.get('originals/3.1 справка_.._.._x.pdf')!).equals(ORIGINAL.bytes)).toBe(true);
  });

  it('refuses an altered file, a missing one, an unlisted one, a name leaving the folder, and what is not a zip', () => {
    const { zip } = packHandover(PDF, [ORIGINAL], META);
    damagedBy(() => unpackHandover(rezip(zip, (f) => (f['dossier.pdf'] = Buffer.from('%PDF-1.7 stand-iN')))));
    damagedBy(() => unpackHandover(rezip(zip, (f) => delete f['originals/3.1 справка_.._.._x.pdf'])));
    damagedBy(() => unpackHandover(rezip(zip, (f) => (f['originals/extra.exe'] = Buffer.from('MZ')))));
    damagedBy(() =>
      unpackHandover(
        rezip(zip, (f) => {
          const index = JSON.parse(Buffer.from(f['index.json']!).toString('utf8'));
          index.originals[0].file = '../escape.pdf';
          f['../escape.pdf'] = f['originals/3.1 справка_.._.._x.pdf']!;
          delete f['originals/3.1 справка_.._.._x.pdf'];
          f['index.json'] = Buffer.from(JSON.stringify(index));
        }),
      ),
    );
    damagedBy(() => unpackHandover(rezip(zip, (f) => delete f['index.json'])));
    damagedBy(() => unpackHandover(zip.subarray(0, zip.length - 30)));
  });
});

describe('the hand-over passphrase', () => {
  it('is 24 characters in six groups of four, never i, l, o or u, and different each time', () => {
    const made = Array.from({ length: 200 }, () => newHandoverPassphrase());
    for (const p of made) expect(p).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){5}$/);
    expect(new Set(made).size).toBe(200);
  });

  it('is recognised as typed back: any case, spaces or no dashes, o for 0, i or l for 1', () => {
    const sealed = '0k1m-a2b3-c4d5-e6f7-g8h9-jkmn';
    for (const typed of ['0K1M A2B3 C4D5 E6F7 G8H9 JKMN', '0k1ma2b3c4d5e6f7g8h9jkmn', 'Okim-a2b3-c4d5-e6f7-g8h9-jkmn', 'oklm a2b3 c4d5 e6f7 g8h9 jkmn']) {
      expect(handoverPassphraseAsSealed(typed), typed).toBe(sealed);
    }
    // Someone else's passphrase is left exactly as typed.
    expect(handoverPassphraseAsSealed('Our own Passphrase')).toBe('Our own Passphrase');
  });
});
