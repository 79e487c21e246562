// The window's script is built minified (electron.vite.config.ts): unminified, the first screen
// waited for 1.1 MB of entry script plus 1.6 MB more. This reads the built files, so it runs after
// `electron-vite build`, which `npm test` does first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/appContract';
import { be } from '../../../renderer/i18n/be';
import { en } from '../../../renderer/i18n/en';
import { ru } from '../../../renderer/i18n/ru';
import { FALLBACK } from '../../../renderer/i18n/translate';
import { uk } from '../../../renderer/i18n/uk';

const out = resolve(__dirname, '../../../out/renderer');

/** The entry script and what index.html preloads with it: all that runs before the first screen. */
function firstScreenScripts(): string[] {
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(entry.length).toBeGreaterThan(0);
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  return [...entry, ...preloaded];
}

/** Built scripts by name (assets/…), with their text. */
function scripts(): Map<string, string> {
  const names = readdirSync(join(out, 'assets')).filter((name) => name.endsWith('.js'));
  return new Map(names.map((name) => [`assets/${name}`, readFileSync(join(out, 'assets', name), 'utf8')]));
}

/** A file and the files it imports statically (`from"./x.js"`), all of which load with it. */
function withImports(file: string, all: Map<string, string>, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of (all.get(file) ?? '').matchAll(/from\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) withImports(`assets/${m[1]!}`, all, seen);
  return seen;
}

/** One sentence of each language's messages, to find the file that holds them. */
const SENTENCE = { en: en.common.languageNotLoaded, ru: ru.common.languageNotLoaded, be: be.common?.languageNotLoaded, uk: uk.common?.languageNotLoaded };

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
  // the shared words, the zone and save-place texts and the one zoned-time module came in. With
  // only English in it (her own language is loaded beside it, renderer/i18n/languages.ts): 398 kB;
  // 390 kB once the other languages' shared words stayed out too (shared/words/phrases.ts).
  it('loads at most 400 kB of script before the first screen, besides her language', () => {
    const bytes = firstScreenScripts().reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(400 * 1024);
  });

  it('carries English alone into the first screen; Russian, Belarusian and Ukrainian are a file each', () => {
    const all = scripts();
    const first = firstScreenScripts();
    for (const language of LANGUAGES) {
      const holding = [...all].filter(([, code]) => code.includes(SENTENCE[language]!)).map(([name]) => name);
      if (language === 'en') {
        expect(holding.some((name) => first.includes(name)), 'English in the first screen').toBe(true);
        continue;
      }
      expect(holding, `${language} in one file`).toHaveLength(1);
      expect(first, `${language} not before the first screen`).not.toContain(holding[0]);
      // No other language rides along with it.
      for (const other of LANGUAGES.filter((l) => l !== language)) expect(all.get(holding[0]!)!.includes(SENTENCE[other]!), `${other} in ${language}'s file`).toBe(false);
    }
  });

  // What the first screen waits for in her language: the script, her language and its fallbacks
  // (Belarusian loads Russian too), with all they import. 564 kB for every language before; now
  // 398 kB in English, 455 kB in Russian, 454 kB in Ukrainian and 510 kB in Belarusian.
  it('loads at most 520 kB of script before the first screen in any language', () => {
    const all = scripts();
    for (const language of LANGUAGES) {
      const files = new Set(firstScreenScripts());
      for (const lang of [language, ...FALLBACK[language]]) {
        const holding = [...all].find(([, code]) => code.includes(SENTENCE[lang]!))![0];
        for (const file of withImports(holding, all)) files.add(file);
      }
      const bytes = [...files].reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
      expect(bytes, language).toBeLessThanOrEqual(520 * 1024);
    }
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
