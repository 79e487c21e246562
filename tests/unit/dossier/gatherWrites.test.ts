// The dossier's document gathers pdfkit's small writes into blocks (render/document.ts, issue 9
// bench): the file must stay the same bytes pdfkit writes piece by piece, with every object where
// the cross-reference table says it is (qpdf --check reads it back), in far fewer stream pushes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, type Doc } from '../../../main/dossier/render/document';
import { Flow } from '../../../main/dossier/render/flow';

const dir = mkdtempSync(join(tmpdir(), 'gather-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const meta = { title: 'Досье', subject: 'тест', fingerprint: 'ab'.repeat(32), certificateSha256: 'cd'.repeat(32), createdAt: new Date('2026-11-30T20:00:00Z') };

/** A tagged table of `rows` rows; `raw` undoes the gathering (pdfkit's own _write and push). */
async function render(rows: number, raw: boolean): Promise<{ bytes: Buffer; chunks: number }> {
  const doc: Doc = createDocument({ language: 'ru', paper: 'A4' } as never, meta);
  if (raw) {
    const proto = Object.getPrototypeOf(doc) as Record<string, unknown>;
    const own = doc as unknown as Record<string, unknown>;
    own._write = proto._write;
    own.push = proto.push;
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(Buffer.from(c)));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  const flow = new Flow(doc);
  flow.openSection('Sect', 'Переписка');
  const body = function* () {
    for (let i = 0; i < rows; i += 1) yield [String(i + 1), '18:30', 'Сергей', `Сообщение ${i} «текст» № ${i * 7}`];
  };
  flow.table([{ title: '№', share: 0.1, align: 'right' }, { title: 'Время', share: 0.1 }, { title: 'От кого', share: 0.2 }, { title: 'Сообщение', share: 0.6 }], body());
  flow.closeSection();
  doc.end();
  await ended;
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe('the dossier document’s output', () => {
  it('is the bytes pdfkit writes piece by piece, readable by qpdf, in a few blocks', async () => {
    const gathered = await render(400, false);
    const raw = await render(400, true);
    expect(gathered.bytes.equals(raw.bytes)).toBe(true);
    const file = join(dir, 'table.pdf');
    writeFileSync(file, gathered.bytes);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    // pdfkit pushes every object in at least three pieces; 400 tagged rows are over 1,200 pieces.
    expect(raw.chunks).toBeGreaterThan(1200);
    expect(gathered.chunks).toBeLessThan(raw.chunks / 20);
  });
});
