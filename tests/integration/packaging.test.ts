// Packaging smoke tests: electron-builder packs the built app (`dir` target, for Linux and for
// Windows) around a stub Electron (no Electron binary can be downloaded on our machines; STACK.md).
// The asar must hold the built parts and nothing from tests, the SQLCipher addon for that platform
// must be unpacked beside it (native code cannot load from inside an asar), and no other platform's.
// The installers' own texts must not say what the app is for (someone may look at the computer).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './helpers';

const ROOT = resolve(__dirname, '../..');
const ADDON_DIR = 'app.asar.unpacked/node_modules/@signalapp/sqlcipher/prebuilds';
const ADDON = '@signalapp+sqlcipher.node';

function pack(platform: '--linux' | '--win', stub: string, output: string) {
  const run = spawnSync('npx', ['--no-install', 'electron-builder', platform, 'dir', '--x64', `-c.electronDist=${stub}`, '-c.npmRebuild=false', `-c.directories.output=${output}`], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    timeout: 240_000,
  });
  expect(run.status, run.stderr.slice(-2000)).toBe(0);
  return run;
}

function expectBuiltAppInside(resources: string): void {
  const files = listPackage(join(resources, 'app.asar'), { isPack: false });
  for (const built of ['/out/main/index.js', '/out/main/cli.js', '/out/main/serviceProcess.js', '/out/preload/index.js', '/out/renderer/index.html', '/package.json']) expect(files).toContain(built);
  // Electron is the runtime around the app, never a package inside it (it is an optional dependency).
  expect(files.filter((f) => f.startsWith('/node_modules/electron/'))).toEqual([]);
  expect(files.filter((f) => f.startsWith('/tests/') || f.startsWith('/test-results') || (f.startsWith('/out/') && /test-results|\.map$/.test(f)))).toEqual([]);
}

/** A Windows executable electron-builder accepts as Electron: a real PE file with version info
 *  (it writes the asar's integrity hash into the resources), from a package already installed. */
function windowsStub(folder: string): void {
  const exe = NtExecutable.from(readFileSync(join(ROOT, 'node_modules/electron-winstaller/vendor/StubExecutable.exe')));
  const resources = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  version.setFileVersion(41, 7, 1, 0, 1033);
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'stub', FileDescription: 'stub' });
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  writeFileSync(join(folder, 'electron.exe'), Buffer.from(exe.generate()));
}

describe('packaging', () => {
  const dir = tempFolder('dossier-pack-');

  it('packs the built app for Linux with only the Linux SQLCipher addon unpacked', () => {
    expect(existsSync(join(ROOT, 'out/main/index.js')), 'run `npm run build` first (npm test does)').toBe(true);
    const stub = join(dir, 'linux-stub');
    mkdirSync(stub);
    writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron"\n');
    chmodSync(join(stub, 'electron'), 0o755);
    const output = join(dir, 'linux');
    const run = pack('--linux', stub, output);
    const resources = join(output, 'linux-unpacked', 'resources');
    expect(existsSync(join(output, 'linux-unpacked', 'notebook'))).toBe(true);
    expectBuiltAppInside(resources);
    // The engine ships prebuilt binaries inside the npm package: nothing was compiled for this.
    expect(existsSync(join(resources, ADDON_DIR, 'linux-x64', ADDON))).toBe(true);
    expect(readdirSync(join(resources, ADDON_DIR)).sort()).toEqual(['linux-arm64', 'linux-x64']);
    // The afterPack hook ran and recognised the stub (fuses are flipped only on a real binary).
    expect(run.stdout + run.stderr).toMatch(/afterPack: .*not a real Electron binary/);
  }, 300_000);

  it('packs the built app for Windows with the Windows SQLCipher addons unpacked', () => {
    const stub = join(dir, 'windows-stub');
    mkdirSync(stub);
    windowsStub(stub);
    const output = join(dir, 'windows');
    pack('--win', stub, output);
    const resources = join(output, 'win-unpacked', 'resources');
    // The taskbar and the Start menu show the product's name: a neutral one.
    expect(existsSync(join(output, 'win-unpacked', 'Notebook.exe'))).toBe(true);
    expectBuiltAppInside(resources);
    expect(readdirSync(join(resources, ADDON_DIR)).sort()).toEqual(['win32-arm64', 'win32-x64']);
  }, 300_000);

  it('says nothing in the installers, the menu entry or the package about what the app is for', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { description: string; build: Record<string, unknown> };
    const shown = JSON.stringify({ description: pkg.description, build: pkg.build });
    // A positive control: the words are found where they are.
    expect(/violence/i.test('for survivors of domestic violence')).toBe(true);
    expect(shown).not.toMatch(/violen|насил|abuse|survivor|evidence|доказ|victim|жертв|stalk/i);
    // The name the OS shows (taskbar, menu entry, program list, executable) is neutral too.
    expect(pkg.build).toMatchObject({ productName: 'Notebook', appId: 'org.notebook.app', linux: { executableName: 'notebook' } });
    expect(shown).not.toMatch(/dossier|досье|vault/i);
  }, 10_000);
});
