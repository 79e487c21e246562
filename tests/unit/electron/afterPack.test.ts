import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName: string; appInfo: { productFilename: string } };
}
type AfterPack = ((context: PackContext) => Promise<void>) & { FUSE_SENTINEL: Buffer };

const require = createRequire(import.meta.url);
const afterPack = require('../../../build/afterPack.cjs') as AfterPack;

// Fuse wire layout (@electron/fuses): sentinel, version byte (1), length byte, then one byte per
// fuse: '0' off, '1' on. Index order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
// AsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, GrantFileProtocolExtraPrivileges.
const ELECTRON_DEFAULTS = '10110001';

let dir: string;
let log: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-afterpack-'));
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  log.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

function linuxContext(): PackContext {
  return { appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { executableName: 'dossier', appInfo: { productFilename: 'Dossier' } } };
}

function fuseBytes(file: string): string {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(afterPack.FUSE_SENTINEL) + afterPack.FUSE_SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('ascii');
}

describe('build/afterPack.cjs', () => {
  it('skips a stub executable with a printed note and leaves it untouched', async () => {
    const stub = join(dir, 'dossier');
    writeFileSync(stub, '#!/bin/sh\necho stub electron\n');
    chmodSync(stub, 0o755);
    await expect(afterPack(linuxContext())).resolves.toBeUndefined();
    expect(readFileSync(stub, 'utf8')).toBe('#!/bin/sh\necho stub electron\n');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not a real Electron binary'));
  });

  it('flips the fuses in a binary that carries a fuse wire', async () => {
    const binary = join(dir, 'dossier');
    const wire = Buffer.concat([
      Buffer.from('\x7fELF…padding…'),
      afterPack.FUSE_SENTINEL,
      Buffer.from([1, ELECTRON_DEFAULTS.length]),
      Buffer.from(ELECTRON_DEFAULTS, 'ascii'),
      Buffer.from('…rest of the binary'),
    ]);
    writeFileSync(binary, wire);
    await afterPack(linuxContext());
    // RunAsNode 0, Cookies 1, NODE_OPTIONS 0, --inspect 0, asar integrity 1, only asar 1, untouched 0, untouched 1
    expect(fuseBytes(binary)).toBe('01001101');
  });

  it('finds the Windows executable by product name', async () => {
    writeFileSync(join(dir, 'Dossier.exe'), 'MZ stub');
    await expect(afterPack({ ...linuxContext(), electronPlatformName: 'win32' })).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Dossier.exe is not a real Electron binary'));
  });

  it('fails loudly when there is no packaged executable at all', async () => {
    await expect(afterPack(linuxContext())).rejects.toThrow(/not found/);
  });
});
