// The window's script is built minified (electron.vite.config.ts): unminified, the first screen
// waited for 1.1 MB of entry script plus 1.6 MB more. This reads the built files, so it runs after
// `electron-vite build`, which `npm test` does first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const out = resolve(__dirname, '../../../out/renderer');

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

  it('loads at most 700 kB of script before the first screen', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(entry.length).toBeGreaterThan(0);
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    const bytes = [...entry, ...preloaded].reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(700 * 1024);
  });
});
