// "Сформировано" (when the dossier was made) is written in the zone chosen for the export (`--tz`),
// not the computer's, and that zone is always named beside it: unlike an event, the moment of
// export has no place a reader could assume (issue 9, item 5 of the remaining parts).
// The real `dossier` command, in a process whose computer zone (TZ) is New York.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from './dossierFixture';
import { incident, newVault, PASSPHRASE, tempFolder } from './helpers';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin', 'dossier.js');

function exportWith(vault: string, out: string, args: string[]): void {
  execFileSync(process.execPath, [BIN, 'export', '--vault', vault, '--out', out, '--lang', 'ru', ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'America/New_York', DOSSIER_PASSPHRASE: PASSPHRASE },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** "30.11.2026 23:40" in `zone` for each minute the export may have taken. */
function clocks(zone: string, from: number, to: number): string[] {
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const out = new Set<string>();
  for (let t = from - 60_000; t <= to + 60_000; t += 30_000) {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    out.add(`${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`);
  }
  return [...out];
}

/** The "Сформировано …" statements in the text (cover and integrity page). */
function generated(text: string): string[] {
  return [...text.matchAll(/Сформировано (\d\d\.\d\d\.\d{4} \d\d:\d\d(?: \([^)]*\))?)/g)].map((m) => m[1]!);
}

describe('the time the dossier was made', () => {
  const dir = tempFolder('dossier-generated-zone-');

  it.skipIf(!existsSync(join(ROOT, 'out', 'main', 'cli.js')))('is in --tz with the zone named, whether --tz is the dossier\'s main zone or another; never the computer\'s zone', async () => {
    const { service, path } = await newVault(dir, 'tokyo.dossier');
    // Every event in Tokyo: Tokyo is the dossier's main zone, stated once on the cover.
    await service['entries.create']({ draft: incident({ occurredAt: { at: '2024-03-05T09:30:00Z', zone: 'Asia/Tokyo', precision: 'exact' } }) });
    await service.close();

    for (const zone of ['Asia/Tokyo', 'Europe/Minsk']) {
      const out = join(dir, `${zone.replace('/', '-')}.pdf`);
      const before = Date.now();
      exportWith(path, out, ['--tz', zone]);
      const after = Date.now();
      const offset = zone === 'Asia/Tokyo' ? 'UTC+09:00' : 'UTC+03:00';
      const stated = generated(pdfText(out));
      expect(stated).toHaveLength(2); // the cover and the integrity page
      for (const text of stated) {
        const [clock, note] = [text.slice(0, 16), text.slice(16)];
        expect(clocks(zone, before, after)).toContain(clock);
        expect(note).toBe(` (${offset}, ${zone})`);
        // Control: the computer's own zone (New York) is not what is printed.
        expect(clocks('America/New_York', before, after)).not.toContain(clock);
      }
    }
  }, 180_000); // two CLI exports, each its own process
});
