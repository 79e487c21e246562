// Packaging smoke test: electron-builder packs the built app for Linux (`--linux dir`) around a
// stub Electron (no Electron binary can be downloaded on our machines; STACK.md). The asar must hold
// the three built parts and nothing from tests, and the SQLCipher addon must be unpacked beside it
// (native code cannot load from inside an asar).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './helpers';

const ROOT = resolve(__dirname, '../..');

describe('packaging', () => {
  const dir = tempFolder('dossier-pack-');

  it('packs the built app with the SQLCipher addon unpacked', () => {
    expect(existsSync(join(ROOT, 'out/main/index.js')), 'run `npm run build` first (npm test does)').toBe(true);
    const stub = join(dir, 'electron-stub');
    mkdirSync(stub);
    writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron"\n');
    chmodSync(join(stub, 'electron'), 0o755);
    const output = join(dir, 'dist');
    const run = spawnSync('npx', ['--no-install', 'electron-builder', '--linux', 'dir', `-c.electronDist=${stub}`, '-c.npmRebuild=false', `-c.directories.output=${output}`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      timeout: 240_000,
    });
    expect(run.status, run.stderr.slice(-2000)).toBe(0);
    const resources = join(output, 'linux-unpacked', 'resources');
    const files = listPackage(join(resources, 'app.asar'), { isPack: false });
    for (const built of ['/out/main/index.js', '/out/main/cli.js', '/out/preload/index.js', '/out/renderer/index.html', '/package.json']) expect(files).toContain(built);
    expect(files.filter((f) => f.startsWith('/tests/') || f.startsWith('/test-results') || (f.startsWith('/out/') && /test-results|\.map$/.test(f)))).toEqual([]);
    expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/@journeyapps/sqlcipher/build/Release/node_sqlite3.node'))).toBe(true);
    // The afterPack hook ran and recognised the stub (fuses are flipped only on a real binary).
    expect(run.stdout + run.stderr).toMatch(/afterPack: .*not a real Electron binary/);
  }, 300_000);
});
