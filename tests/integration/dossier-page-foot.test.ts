// Read back page by page from a real export (pdftotext -layout): an entry's heading is never the last
// line of a page, and a chart never stands alone on a page apart from the log it describes (issue 9,
// item 6). Entries of many lengths put headings and charts at every height of the page in turn.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../../main/dossier/i18n';
import type { Vault } from '../../main/vault/vault';
import { exportDossierFile, newVault, openVault, run } from './dossierFixture';
import { tempFolder } from './helpers';

const s = STRINGS.ru;
const HEADING = /^Запись № \d+ · /;

/** Each page's lines without blank ones and without the footer (its last line, "стр. X из Y"). */
function pageLines(path: string): string[][] {
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]);
  return Array.from({ length: pages }, (_, i) => {
    const lines = run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', path, '-']).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(lines.at(-1), `page ${i + 1} footer`).toContain(s.footer.page(String(i + 1), String(pages)));
    return lines.slice(0, -1);
  });
}

describe('what never ends a page', () => {
  const dir = tempFolder('dossier-page-foot-');
  const out = join(dir, 'foot.pdf');
  let pages: string[][] = [];

  beforeAll(async () => {
    const { service, path } = await newVault(dir, 'foot.dossier');
    for (let i = 0; i < 36; i += 1) {
      // 1 to 23 lines, in an order that does not repeat with the page: the entries end at every height.
      const lines = ((i * 7) % 23) + 1;
      const text = Array.from({ length: lines }, (_, j) => `Строка ${j + 1}: он снова пришёл к дому и стоял под окнами до ночи.`).join('\n');
      const at = new Date(Date.UTC(2024, 0, 1 + i, 12)).toISOString();
      if (i % 6 === 5) {
        const log = await service['entries.create']({ draft: { kind: 'stalking', title: `Сообщения ${i}`, text, occurredAt: { at, zone: 'Europe/Minsk', precision: 'exact' }, categories: ['messages'] } });
        for (let m = 0; m < 4 + i; m += 1) {
          await service['messages.add']({ entryId: log.id, message: { channel: 'sms', direction: 'incoming', sender: 'Сергей', sentAt: new Date(Date.parse(at) + m * 5_400_000).toISOString(), zone: 'Europe/Minsk', text: `Ответь ${m}` } });
        }
      } else {
        await service['entries.create']({ draft: { kind: 'incident', title: `Событие ${i}`, text, occurredAt: { at, zone: 'Europe/Minsk', precision: 'exact' }, categories: ['physical'] } });
      }
    }
    await service.close();
    const vault: Vault = await openVault(path);
    try {
      await exportDossierFile(vault, { language: 'ru', zone: 'Europe/Minsk' }, out);
    } finally {
      await vault.close();
    }
    pages = pageLines(out);
  }, 300_000);

  it('no page ends with an entry heading; headings did reach a page foot and were moved (control)', () => {
    const ends = pages.map((lines, i) => ({ page: i + 1, last: lines.at(-1) ?? '' }));
    expect(ends.filter((e) => HEADING.test(e.last))).toEqual([]);
    // The lengths did bring headings to a page's end: some entry starts a new page at its top.
    const startsPage = pages.filter((lines) => HEADING.test(lines[0] ?? '')).length;
    expect(startsPage).toBeGreaterThan(0);
    // And the pattern does find headings (a heading line in the middle of a page matches).
    expect(pages.flat().filter((l) => HEADING.test(l)).length).toBeGreaterThanOrEqual(36);
  });

  it('every chart shares its page with the log it belongs to: its figures or its table', () => {
    let charts = 0;
    for (const [i, lines] of pages.entries()) {
      const text = lines.join('\n');
      for (const title of [s.log.perDay, s.log.perHour]) {
        // A title may wrap in -layout output: its first words are enough to find it.
        const start = title.slice(0, 30);
        if (!text.includes(start)) continue;
        charts += 1;
        const withFigures = text.includes(s.log.total) || text.includes(s.log.message);
        expect(withFigures, `page ${i + 1}: "${title}" alone`).toBe(true);
      }
    }
    expect(charts).toBeGreaterThanOrEqual(12); // six logs, two charts each
  });
});
