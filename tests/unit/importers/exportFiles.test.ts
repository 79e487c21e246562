// The files of an export read from a folder: bounded like a zip (README "Imports are bounded").
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapesFolder, filesBeside, filesOfFolder } from '../../../main/importers/exportFiles';
import { ZIP_LIMITS } from '../../../main/importers/zipBounds';
import { importErrorOf } from './helpers';

const temp = mkdtempSync(join(tmpdir(), 'dossier-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('an export folder', () => {
  it('is listed to 8 levels, without following symbolic links', () => {
    const root = join(temp, 'deep');
    const deep = join(root, ...Array.from({ length: 10 }, (_, i) => `d${i}`));
    mkdirSync(deep, { recursive: true });
    for (let level = 0; level <= 10; level += 1) writeFileSync(join(root, ...Array.from({ length: level }, (_, i) => `d${i}`), `f${level}.txt`), 'x');
    const outside = join(temp, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.txt'), 'not hers to import');
    symlinkSync(outside, join(root, 'link'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'secret-link.txt'));
    const names = filesOfFolder(root).names;
    expect(names.filter((n) => n.endsWith('.txt'))).toHaveLength(9); // f0 … f8
    expect(names.some((n) => n.includes('secret'))).toBe(false);
  });

  it('of more files than the limit is IMPORT_MALFORMED; a file over 256 MB is FILE_TOO_LARGE when read', () => {
    const root = join(temp, 'many');
    mkdirSync(root);
    for (let i = 0; i < 5; i += 1) writeFileSync(join(root, `${i}.html`), 'x');
    expect(importErrorOf(() => filesOfFolder(root, 8, { ...ZIP_LIMITS, entries: 4 })).code).toBe('IMPORT_MALFORMED');
    const big = join(root, 'huge.html');
    writeFileSync(big, '');
    truncateSync(big, ZIP_LIMITS.inflatedBytes + 1); // sparse: nothing is written
    expect(importErrorOf(() => filesOfFolder(root).read('huge.html')).code).toBe('FILE_TOO_LARGE');
    expect(importErrorOf(() => filesBeside(big).read('huge.html')).code).toBe('FILE_TOO_LARGE');
  });

  it('names that leave the folder', () => {
    for (const name of ['../x.jpg', 'a/../../x', '/etc/passwd', '\\\\server\\x', 'C:\\x.jpg', '..\\x.jpg']) expect(escapesFolder(name)).toBe(true);
    for (const name of ['IMG-1.jpg', 'media/a.jpg', 'a..b.jpg']) expect(escapesFolder(name)).toBe(false);
  });
});
