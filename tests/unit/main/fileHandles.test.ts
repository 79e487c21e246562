// The window's file handles: random, never a path, one direction each, and a read handle that
// expires when the file it points at vanishes or changes.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileHandles } from '../../../main/fileHandles';
import { toServiceInput, toWindowOutput, readBackFrom } from '../../../main/windowCalls';
import { FileHandle } from '../../../shared/fileHandles';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderWithFile(name = 'photo.jpg', content = 'bytes of a photo'): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-handles-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return { dir, path };
}

describe('FileHandles', () => {
  it('issues random handles of the fh_ + 32 hex form that say nothing of the path', () => {
    const { path } = folderWithFile();
    const files = new FileHandles();
    const a = files.issueOpen(path, 'attachment');
    const b = files.issueOpen(path, 'attachment');
    expect(FileHandle.safeParse(a.handle).success).toBe(true);
    expect(a.handle).not.toBe(b.handle);
    expect(a).toEqual({ handle: a.handle, name: 'photo.jpg', size: 16 });
    expect(a.handle).not.toContain('photo');
    expect(files.resolve(a.handle, 'open')).toBe(path);
  });

  it('refuses a forged, unknown or malformed handle, and a path in place of a handle, with INVALID_INPUT', () => {
    const { path } = folderWithFile();
    const files = new FileHandles();
    files.issueOpen(path, 'attachment');
    for (const forged of [`fh_${'0'.repeat(32)}`, path, 'fh_xyz', '', 42, null, { handle: 'fh_' }]) {
      expect(() => files.resolve(forged, 'open'), String(forged)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
    // Another table's handle means nothing here (a handle is not a token anyone can compute).
    const other = new FileHandles().issueOpen(path, 'attachment');
    expect(() => files.resolve(other.handle, 'open')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('never lets a handle go the other way: a read handle cannot be written to, a save handle cannot be read', () => {
    const { dir, path } = folderWithFile();
    const files = new FileHandles();
    const read = files.issueOpen(path, 'attachment');
    const save = files.issueSave(join(dir, 'dossier.pdf'), 'export');
    expect(() => files.resolve(read.handle, 'save')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => files.resolve(save.handle, 'open')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(files.resolve(save.handle, 'save')).toBe(join(dir, 'dossier.pdf'));
    expect(save).toEqual({ handle: save.handle, name: 'dossier.pdf' });
  });

  it('a picked file that vanishes or changes before it is read answers FILE_NOT_FOUND', () => {
    const { dir, path } = folderWithFile();
    const files = new FileHandles();
    const changed = files.issueOpen(path, 'attachment');
    writeFileSync(path, 'another photo, longer than the first');
    expect(() => files.resolve(changed.handle, 'open')).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));

    const touched = files.issueOpen(path, 'attachment');
    utimesSync(path, new Date(2001, 1, 1), new Date(2001, 1, 1)); // same size, other time
    expect(() => files.resolve(touched.handle, 'open')).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));

    const gone = files.issueOpen(path, 'attachment');
    rmSync(path);
    expect(() => files.resolve(gone.handle, 'open')).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
    expect(() => files.issueOpen(join(dir, 'never.jpg'), 'attachment')).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
  });

  it('the vault’s handle outlives her own changes to the vault (watchChanges off), not its removal', () => {
    const { path } = folderWithFile('notes.dossier');
    const files = new FileHandles();
    const vault = files.issueOpen(path, 'vault', { watchChanges: false });
    truncateSync(path, 4096);
    expect(files.resolve(vault.handle, 'open')).toBe(path);
    rmSync(path);
    expect(() => files.resolve(vault.handle, 'open')).toThrow(expect.objectContaining({ code: 'VAULT_NOT_FOUND' }));
  });

  it('a folder is NOT_A_FILE, a file over the limit FILE_TOO_LARGE, both before any handle exists', () => {
    const { dir, path } = folderWithFile('big.mp4', 'x'.repeat(2048));
    mkdirSync(join(dir, 'photos'));
    const files = new FileHandles();
    expect(() => files.issueOpen(join(dir, 'photos'), 'attachment')).toThrow(expect.objectContaining({ code: 'NOT_A_FILE' }));
    expect(() => files.issueOpen(path, 'attachment', { limitBytes: 1024 })).toThrow(expect.objectContaining({ code: 'FILE_TOO_LARGE' }));
    expect(files.issueOpen(path, 'attachment', { limitBytes: 4096 }).size).toBe(2048);
  });

  it('only an unpacked export (import-folder) may be a folder; its handle resolves while it is there', () => {
    const { dir } = folderWithFile('messages.html', '<html></html>');
    const files = new FileHandles();
    expect(() => files.issueOpen(dir, 'import')).toThrow(expect.objectContaining({ code: 'NOT_A_FILE' }));
    const picked = files.issueOpen(dir, 'import-folder', { watchChanges: false });
    expect(files.resolve(picked.handle, 'open')).toBe(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(() => files.resolve(picked.handle, 'open')).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
  });
});

describe('windowCalls', () => {
  it('swaps each handle for its path in the direction of the method, and cuts paths out of answers', () => {
    const { dir, path } = folderWithFile();
    const files = new FileHandles();
    const take = (h: string, kind: 'open' | 'save') => files.resolve(h, kind);
    const photo = files.issueOpen(path, 'attachment');
    const pdf = files.issueSave(join(dir, 'out.pdf'), 'export');
    const entry = toServiceInput('entries.create', { draft: {}, attachments: [{ path: photo.handle }, { fileName: 'a.png', base64: 'AA==' }] }, take);
    expect(entry).toEqual({ draft: {}, attachments: [{ path }, { fileName: 'a.png', base64: 'AA==' }] });
    expect(toServiceInput('dossier.export', { path: pdf.handle, options: {} }, take)).toEqual({ path: join(dir, 'out.pdf'), options: {} });
    // The wrong direction fails the whole call before the service sees it.
    expect(() => toServiceInput('dossier.verify', { path: pdf.handle }, take)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => toServiceInput('vault.create', { path: photo.handle, passphrase: 'p' }, take)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => toServiceInput('app.restore', { from: pdf.handle, to: pdf.handle }, take)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));

    writeFileSync(join(dir, 'out.pdf'), '%PDF');
    const answer = toWindowOutput('dossier.export', { path: join(dir, 'out.pdf') }, { path: join(dir, 'out.pdf'), pages: 3 }, readBackFrom(files)) as { path: string; handle: string };
    expect(answer.path).toBe('out.pdf');
    expect(files.resolve(answer.handle, 'open')).toBe(join(dir, 'out.pdf'));
    expect(JSON.stringify(toWindowOutput('vault.backup', {}, { path: join(dir, 'copy.dossier'), bytes: 1 }, readBackFrom(files)))).not.toContain(dir);
  });
});
