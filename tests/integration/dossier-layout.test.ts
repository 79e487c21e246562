// Layout promises of issue 9, item 6, read back from a real export: a photo is shrunk into the space
// left under its entry rather than pushed to the next page (leaving this one half empty), and a
// label is never the last line of a page.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import type { Vault } from '../../main/vault/vault';
import { Flow } from '../../main/dossier/render/flow';
import { fontPaths, PAGE } from '../../main/dossier/render/theme';
import { exportDossierFile, newVault, openVault, run, testJpeg } from './dossierFixture';
import { tempFolder } from './helpers';

/** The 1-based page of each image, from `pdfimages -list`. */
function imagePages(path: string): number[] {
  return run('pdfimages', ['-list', path]).split('\n').slice(2).filter((l) => /\bimage\b/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
}

function pageOf(path: string, needle: string, pages: number): number {
  for (let p = 1; p <= pages; p += 1) if (run('pdftotext', ['-f', String(p), '-l', String(p), '-enc', 'UTF-8', path, '-']).replace(/\s+/g, ' ').includes(needle)) return p;
  return -1;
}

/** A bare page with the dossier's fonts and margins. */
function pdf(): InstanceType<typeof PDFDocument> {
  const doc = new PDFDocument({ size: 'A4', margins: PAGE.margin, bufferPages: true });
  for (const [name, file] of Object.entries(fontPaths())) doc.registerFont(name, file);
  return doc;
}

describe('dossier layout', () => {
  const dir = tempFolder('dossier-layout-');
  let vault: Vault;
  const out = join(dir, 'layout.pdf');
  let pages = 0;

  beforeAll(async () => {
    const { service, path } = await newVault(dir, 'layout.dossier');
    // About 22 lines of text: the entry ends a little past the middle of its page, and a large
    // landscape photo (drawn 362 pt high at full width) would no longer fit under it.
    const text = Array.from({ length: 22 }, (_, i) => `Строка ${i + 1}: он снова пришёл к дому и стоял под окнами.`).join('\n');
    const entry = await service['entries.create']({ draft: { kind: 'incident', title: 'Разбил окно', text, occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'exact' }, categories: ['property_damage'] } as never });
    await service['attachments.add']({ entryId: entry.id, fileName: 'окно.jpg', base64: testJpeg(1200, 900).toString('base64') });
    await service.close();
    vault = await openVault(path);
    pages = (await exportDossierFile(vault, { language: 'ru' }, out)).pages;
  }, 120_000);
  afterAll(async () => {
    await vault.close();
  });

  it('shrinks a photo into the space left under its entry instead of leaving the page half empty', () => {
    const heading = pageOf(out, 'Запись № 1 · Происшествие · Разбил окно', pages);
    expect(heading).toBeGreaterThan(0);
    expect(imagePages(out)).toEqual([heading]);
    // Its caption, with the exhibit number and capture time, is on the same page.
    expect(pageOf(out, 'Приложение № 1.1 окно.jpg · время съёмки в файле не записано', pages)).toBe(heading);
  });

  it('never leaves a label alone at the foot of a page: it moves with what follows', () => {
    const doc = pdf();
    const flow = new Flow(doc);
    doc.y = flow.bottom - 30; // room for the label's own two lines, not for the text under it
    flow.paragraph('Что произошло', 'label', { keep: 24 });
    expect(doc.bufferedPageRange().count).toBe(2);
    const still = pdf();
    const plain = new Flow(still);
    still.y = plain.bottom - 30;
    plain.paragraph('Что произошло', 'label');
    expect(still.bufferedPageRange().count).toBe(1); // without keep it would have stayed there
    doc.end();
    still.end();
  });
});
