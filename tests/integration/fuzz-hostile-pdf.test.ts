// Fuzzing the verifier with hostile PDF structure: objects whose /Kids, /Names, /EF, /Length,
// /AcroForm fields and signature values point at random objects (themselves, each other, nothing),
// nested arrays, wrong lengths and flate streams. Every file gets a verdict (DOSSIER_DAMAGED or
// DOSSIER_ALTERED), never an exception, never a hang. FUZZ_RUNS cases (10,000 in `npm run test:long`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyDossier } from '../../main/dossier/verify';
import { pdfOf } from '../fixtures/hostilePdf';
import { tempFolder } from './helpers';

const RUNS = Math.max(100, Number(process.env.FUZZ_RUNS ?? 200));
const CASE_TIME_LIMIT_MS = 5000;
const OBJECTS = 8;

const ref = fc.integer({ min: 1, max: OBJECTS + 1 }).map((n) => `${n} 0 R`);
const refs = fc.array(ref, { maxLength: 4 }).map((items) => `[${items.join(' ')}]`);
const nested = fc.tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom('', ']')).map(([depth, close]) => `${'['.repeat(depth)}${close}`);
const streamBody = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.integer({ min: 0, max: 2 * 1024 * 1024 }).map((zeros) => deflateSync(Buffer.alloc(zeros))),
);
const stream = fc.tuple(fc.oneof(ref, fc.integer({ min: -5, max: 100_000 }).map(String)), fc.boolean(), streamBody).map(([length, flate, body]) =>
  Buffer.concat([Buffer.from(`<< /Length ${length}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream', 'latin1')]),
);
const dict = fc
  .record(
    {
      Kids: refs,
      Names: fc.oneof(refs, ref.map((r) => `[(dossier-manifest.json) ${r}]`)),
      EmbeddedFiles: ref,
      EF: ref.map((r) => `<< /F ${r} >>`),
      AcroForm: ref,
      Fields: refs,
      FT: fc.constant('/Sig'),
      V: ref,
      ByteRange: fc.array(fc.integer({ min: -10, max: 2_000_000 }), { minLength: 0, maxLength: 5 }).map((n) => `[${n.join(' ')}]`),
      Contents: fc.uint8Array({ maxLength: 32 }).map((b) => `<${Buffer.from(b).toString('hex')}>`),
      Info: ref,
      Extra: nested,
    },
    { requiredKeys: [] },
  )
  .map((entries) => `<< ${Object.entries(entries).map(([k, v]) => `/${k} ${v}`).join(' ')} >>`);
const object = fc.oneof({ weight: 4, arbitrary: dict }, { weight: 2, arbitrary: stream }, { weight: 1, arbitrary: refs });
const hostile = fc.tuple(fc.array(object, { minLength: 1, maxLength: OBJECTS }), fc.oneof(fc.constant(''), ref.map((r) => ` /Info ${r}`))).map(([objects, extra]) => pdfOf(objects, extra));

describe('fuzzing the verifier with hostile PDF structure', () => {
  const dir = tempFolder('dossier-fuzz-hostile-');

  it('every hostile file is damaged or altered, within a time bound, without an exception', async () => {
    const target = join(dir, 'hostile.pdf');
    const verdicts = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(hostile, async (file) => {
        writeFileSync(target, file);
        const started = performance.now();
        const result = await verifyDossier(target);
        const elapsed = performance.now() - started;
        expect(elapsed).toBeLessThan(CASE_TIME_LIMIT_MS);
        expect(result.valid).toBe(false);
        expect(['DOSSIER_DAMAGED', 'DOSSIER_ALTERED']).toContain(result.code);
        verdicts.set(result.code!, (verdicts.get(result.code!) ?? 0) + 1);
      }),
      { numRuns: RUNS },
    );
    // Both verdicts occur: the generator reaches past the first check.
    expect(verdicts.size).toBe(2);
  }, 900_000);
});
