// "Сформировано" (when the dossier was made) is written in the zone chosen for the export (`--tz`),
// not the computer's, and that zone is always named beside it: unlike an event, the moment of
// export has no place a reader could assume (issue 9, item 5 of the remaining parts). Wherever the
// dossier states a zone (the cover's "Время", the period, "Сформировано", the chronology's heading)
// it names it as a reader knows it, a place in the dossier's language with its UTC offset
// ("Екатеринбург (UTC+05:00)"), never the IANA id a lawyer does not read ("Asia/Yekaterinburg").
// The real `dossier` command, in a process whose computer zone (TZ) is New York.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from './dossierFixture';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';
import { clocks } from '../clocks';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'dossier.js');

function exportWith(vault: string, out: string, args: string[]): void {
  execFileSync(process.execPath, [BIN, 'export', '--vault', vault, '--out', out, '--lang', 'ru', ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'America/New_York', DOSSIER_PASSPHRASE: PASSPHRASE },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** The "Сформировано …" statements in the text (cover and integrity page). */
function generated(text: string): string[] {
  return [...text.matchAll(/Сформировано (\d\d\.\d\d\.\d{4} \d\d:\d\d(?: \([^)]*\))?)/g)].map((m) => m[1]!);
}

/** The cover: from the title to the contents list. */
const coverOf = (text: string) => text.slice(0, text.indexOf('Содержание'));

describe('the time the dossier was made, and the zone named as a place', () => {
  const dir = tempFolder('dossier-generated-zone-');

  it.skipIf(!existsSync(join(ROOT, 'out', 'main', 'cli.js')))('is in --tz with the zone named as a place and its offset, whether --tz is the dossier\'s main zone or another; never the computer\'s zone', async () => {
    const { service, path } = await newVault(dir, 'yekaterinburg.dossier');
    // Every event in Yekaterinburg: it is the dossier's main zone, stated once on the cover.
    await service['entries.create']({ draft: incident({ occurredAt: { at: '2024-03-05T09:30:00Z', zone: 'Asia/Yekaterinburg', precision: 'exact' } }) });
    await service.close();

    const cases = [
      { zone: 'Asia/Yekaterinburg', named: 'Екатеринбург, UTC+05:00', period: [] as string[] },
      // Another zone, with a period: its days are counted in Minsk, and the cover says so.
      { zone: 'Europe/Minsk', named: 'Минск, UTC+03:00', period: ['--from', '2024-03-01', '--to', '2024-03-31'] },
    ];
    for (const { zone, named, period } of cases) {
      const out = join(dir, `${zone.replace('/', '-')}.pdf`);
      const before = Date.now();
      exportWith(path, out, ['--tz', zone, ...period]);
      const after = Date.now();
      const text = pdfText(out);
      const stated = generated(text);
      expect(stated).toHaveLength(2); // the cover and the integrity page
      for (const statement of stated) {
        const [clock, note] = [statement.slice(0, 16), statement.slice(16)];
        expect(clocks(zone, before, after)).toContain(clock);
        expect(note).toBe(` (${named})`);
        // Control: the computer's own zone (New York) is not what is printed.
        expect(clocks('America/New_York', before, after)).not.toContain(clock);
      }
      // The cover names the dossier's main zone once, as a place with its offset; so does the
      // chronology's heading. The event's own time is in that zone (09:30 UTC = 14:30 there).
      const cover = coverOf(text);
      expect(cover).toContain('Время местное, Екатеринбург (UTC+05:00)');
      expect(text).toContain('Время местное, Екатеринбург (UTC+05:00); если событие было в другом часовом поясе, он указан в строке.');
      expect(text).toContain('05.03.2024 14:30');
      if (period.length) expect(cover).toContain('Период 01.03.2024 – 31.03.2024 (Минск, UTC+03:00)');
      // The id stays for machines only (the manifest), never in what a reader reads.
      expect(text).not.toMatch(/Asia\/|Europe\/|America\//);
    }
  }, 180_000); // two CLI exports, each its own process
});
