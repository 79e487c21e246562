// The window's script is built minified (electron.vite.config.ts): unminified, the first screen
// waited for 1.1 MB of entry script plus 1.6 MB more. This reads the built files, so it runs after
// `electron-vite build`, which `npm test` does first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve(__dirname, '../../../out/renderer');

/** The entry script and what index.html preloads with it: all that runs before the first screen. */
function firstScreenScripts(): string[] {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(entry.length).toBeGreaterThan(0);
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...entry, ...preloaded];
}

describe('built renderer (out/renderer)', () => {
  it('is minified: no script is written one statement per line', () => {
    const scripts = readdirSync(join(out, 'assets')).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      const code = readFileSync(join(out, 'assets', name), 'utf8');
      if (code.length < 4096) continue; // a stub of a few statements says nothing either way
      const lines = code.split('\n').length;
      // Readable output averages ~40 characters a line; minified output is a few very long lines.
      expect(code.length / lines, name).toBeGreaterThan(400);
    }
  });

  // Before the split (issue 13) every screen was in the entry: 623 kB. Then 527 kB; 564 kB since
  // the shared words, the zone and save-place texts and the one zoned-time module came in, nearly
  // all of it React and the four languages' messages (only one is needed: the next saving).
  it('loads at most 590 kB of script before the first screen', () => {
    const bytes = firstScreenScripts().reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(590 * 1024);
  });

  // Class names survive minification, so they tell which file holds a screen.
  it('keeps the screens of an open vault out of what the first screen loads', () => {
    const first = firstScreenScripts().map((file) => readFileSync(join(out, file), 'utf8'));
    const later = readdirSync(join(out, 'assets'))
      .filter((name) => name.endsWith('.js') && !firstScreenScripts().includes(`assets/${name}`))
      .map((name) => readFileSync(join(out, 'assets', name), 'utf8'));
    // The timeline, an entry and its messages, the side-by-side view, the side bar.
    for (const mark of ['timeline-row', 'entry-view', 'message-log', 'list-detail', 'side-nav']) {
      expect(first.some((code) => code.includes(mark)), `${mark} before the first screen`).toBe(false);
      expect(later.some((code) => code.includes(mark)), `${mark} in a later file`).toBe(true);
    }
    // The first screen's own code is there (the unlock form's class).
    expect(first.some((code) => code.includes('language-picker'))).toBe(true);
  });
});
