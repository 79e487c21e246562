// A sandboxed preload can require only 'electron' (and a few Node shims such as 'events', 'timers',
// 'url'); any other require() throws at startup and window.dossier is never exposed. This checks the
// built file, so it runs after `electron-vite build` (npm test builds first) and is skipped otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const built = resolve(__dirname, '../../../out/preload/index.js');

describe.skipIf(!existsSync(built))('built preload (out/preload/index.js)', () => {
  it('requires nothing but electron: shared/contract and zod are bundled in', () => {
    const code = readFileSync(built, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
