// The Electron edge of file choosing: the native dialogs (a fake `dialog`, the only mock), the
// window's router swapping handles for paths, and files dropped on the window.
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { appHandlers } from '../../../main/appHandlers';
import { electronPickers, handleDrop, type DialogApi } from '../../../main/electron/files';
import { createIpcRouter, isFrameAt, type SenderEvent } from '../../../main/electron/ipc';
import { FileHandles } from '../../../main/fileHandles';
import { METHOD_NAMES, type DossierApi } from '../../../shared/contract';
import { NOT_FOR_THE_WINDOW, WINDOW_METHODS } from '../../../shared/windowContract';

const APP_URL = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html';
const trusted: SenderEvent = { senderFrame: { url: APP_URL, parent: null } };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(answers: { open?: string | null; save?: string | null } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-files-'));
  dirs.push(dir);
  const dialog = {
    showOpenDialog: vi.fn(async () => (answers.open == null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [answers.open] })),
    showSaveDialog: vi.fn(async () => (answers.save == null ? { canceled: true } : { canceled: false, filePath: answers.save })),
  };
  const window = { id: 1 } as unknown as BrowserWindow;
  const files = new FileHandles();
  const service: Record<string, ReturnType<typeof vi.fn>> = Object.fromEntries(METHOD_NAMES.map((name) => [name, vi.fn(async (input: unknown) => ({ got: input }))]));
  const app = appHandlers({ service: service as unknown as DossierApi, settingsFile: join(dir, 'settings.json'), suggestedFolder: dir, files, pickers: electronPickers(dialog as unknown as DialogApi, () => window) });
  const router = createIpcRouter({ ...service, ...app }, isFrameAt(APP_URL), WINDOW_METHODS, files);
  return { dir, dialog, window, files, service, router };
}

describe('native dialogs', () => {
  it('shows the open dialog on the window, for one file, kept out of Recent items; answers a handle and the name only', async () => {
    const { dir, dialog, window, router, service } = setup();
    const photo = join(dir, 'photo.jpg');
    writeFileSync(photo, 'jpeg bytes');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [photo] });
    const picked = await router.handle('app.pickFile', trusted, { purpose: 'attachment' });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openFile', 'dontAddToRecent'] }));
    expect(picked).toEqual({ ok: true, value: { handle: expect.stringMatching(/^fh_[0-9a-f]{32}$/), name: 'photo.jpg', size: 10 } });
    expect(JSON.stringify(picked)).not.toContain(dir);

    const handle = (picked as { value: { handle: string } }).value.handle;
    await router.handle('attachments.add', trusted, { entryId: 'e1e1e1e1', path: handle });
    expect(service['attachments.add']).toHaveBeenCalledWith({ entryId: 'e1e1e1e1', path: photo });
  });

  it('shows the save dialog starting in the suggested folder, with overwrite confirmation and no Recent items', async () => {
    const { dir, dialog, router, service } = setup();
    const target = join(dir, 'for-lawyer.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const picked = await router.handle('app.pickSaveFile', trusted, { purpose: 'export', suggestedName: 'dossier.pdf' });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({
      defaultPath: join(dir, 'dossier.pdf'),
      properties: expect.arrayContaining(['showOverwriteConfirmation', 'dontAddToRecent']),
    }));
    const handle = (picked as { value: { handle: string } }).value.handle;
    // The export's answer comes back with the name, not the path, and a handle to check it.
    service['dossier.export']!.mockImplementationOnce(async () => {
      writeFileSync(target, '%PDF-1.7');
      return { path: target, pages: 1 };
    });
    const exported = await router.handle('dossier.export', trusted, { options: {}, path: handle });
    expect(exported).toMatchObject({ ok: true, value: { path: 'for-lawyer.pdf', handle: expect.stringMatching(/^fh_/) } });
    const readBack = (exported as { value: { handle: string } }).value.handle;
    await router.handle('dossier.verify', trusted, { path: readBack });
    expect(service['dossier.verify']).toHaveBeenCalledWith({ path: target });
  });

  it('an unpacked export is chosen with a folder dialog, and its handle reaches the import as that folder', async () => {
    const { dir, dialog, window, router, service } = setup();
    const folder = join(dir, 'ChatExport_2022-03-23');
    mkdirSync(folder);
    writeFileSync(join(folder, 'messages.html'), '<html></html>');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const picked = await router.handle('app.pickFile', trusted, { purpose: 'import-folder' });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, { properties: ['openDirectory', 'dontAddToRecent'] });
    expect(picked).toMatchObject({ ok: true, value: { name: 'ChatExport_2022-03-23' } });
    const handle = (picked as { value: { handle: string } }).value.handle;
    await router.handle('import.preview', trusted, { source: { path: handle }, settings: { format: 'auto' } });
    expect(service['import.preview']).toHaveBeenCalledWith(expect.objectContaining({ source: { path: folder } }));
    // The file dialog for one export file still opens files only.
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await router.handle('app.pickFile', trusted, { purpose: 'import' });
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(window, expect.objectContaining({ properties: ['openFile', 'dontAddToRecent'] }));
  });

  it('a cancelled dialog answers null', async () => {
    const { router } = setup();
    expect(await router.handle('app.pickFile', trusted, { purpose: 'vault' })).toEqual({ ok: true, value: null });
    expect(await router.handle('app.pickSaveFile', trusted, { purpose: 'backup' })).toEqual({ ok: true, value: null });
  });
});

describe('the window’s router', () => {
  it('refuses a raw vault.open or vault.restore, and app.info, without calling anything', async () => {
    const { router, service } = setup();
    for (const method of NOT_FOR_THE_WINDOW) {
      expect(await router.handle(method, trusted, { path: '/home/me/notes.dossier', passphrase: 'guess' }), method).toEqual({ ok: false, error: { code: 'INVALID_INPUT', details: {} } });
    }
    expect(service['vault.open']).not.toHaveBeenCalled();
    expect(service['vault.restore']).not.toHaveBeenCalled();
  });

  it('refuses a path where a handle belongs, a forged handle, and a handle for the other direction', async () => {
    const { dir, router, files, service } = setup();
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'hers');
    const read = files.issueOpen(note, 'attachment').handle;
    const save = files.issueSave(join(dir, 'out.pdf'), 'export').handle;
    const refused = [
      ['attachments.add', { entryId: 'e1e1e1e1', path: note }],
      ['attachments.add', { entryId: 'e1e1e1e1', path: `fh_${'f'.repeat(32)}` }],
      ['attachments.add', { entryId: 'e1e1e1e1', path: save }],
      ['attachments.saveTo', { id: 'a1a1a1a1', path: read }],
      ['vault.create', { path: read, passphrase: 'a long passphrase' }],
      ['dossier.export', { options: {}, path: read }],
    ] as const;
    for (const [method, input] of refused) {
      expect(await router.handle(method, trusted, input), `${method} ${JSON.stringify(input)}`).toEqual({ ok: false, error: { code: 'INVALID_INPUT', details: {} } });
    }
    expect(service['attachments.add']).not.toHaveBeenCalled();
    expect(service['attachments.saveTo']).not.toHaveBeenCalled();
    expect(service['vault.create']).not.toHaveBeenCalled();
  });

  it('a picked file that changed before it is read gets FILE_NOT_FOUND and the service is not called', async () => {
    const { dir, router, files, service } = setup();
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'hers');
    const { handle } = files.issueOpen(note, 'attachment');
    writeFileSync(note, 'someone else’s, longer');
    expect(await router.handle('entries.create', trusted, { draft: { kind: 'incident' }, attachments: [{ path: handle }] })).toMatchObject({ ok: false });
    rmSync(note);
    expect(await router.handle('attachments.add', trusted, { entryId: 'e1e1e1e1', path: handle })).toEqual({ ok: false, error: { code: 'FILE_NOT_FOUND', details: {} } });
    expect(service['attachments.add']).not.toHaveBeenCalled();
  });

  it('a picked attachment over the vault’s limit is refused with FILE_TOO_LARGE when picked', async () => {
    const { dir, dialog, router } = setup();
    const huge = join(dir, 'huge.mp4');
    writeFileSync(huge, '');
    truncateSync(huge, 1024 * 1024 * 1024 + 1); // sparse: nothing is written or read
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [huge] });
    expect(await router.handle('app.pickFile', trusted, { purpose: 'attachment' })).toEqual({ ok: false, error: { code: 'FILE_TOO_LARGE', details: { limitBytes: 1024 * 1024 * 1024 } } });
  });
});

describe('dropped files', () => {
  it('a dropped 1 GB video gets a handle at once (nothing is read), a folder NOT_A_FILE, another page nothing', () => {
    const { dir, files } = setup();
    const video = join(dir, 'video.mp4');
    writeFileSync(video, '');
    truncateSync(video, 1_000_000_000);
    const check = isFrameAt(APP_URL);
    const dropped = handleDrop(files, check, trusted, { path: video, purpose: 'attachment' });
    expect(dropped).toEqual({ ok: true, value: { handle: expect.stringMatching(/^fh_/), name: 'video.mp4', size: 1_000_000_000 } });
    expect(files.resolve((dropped as { value: { handle: string } }).value.handle, 'open')).toBe(video);

    mkdirSync(join(dir, 'photos'));
    expect(handleDrop(files, check, trusted, { path: join(dir, 'photos'), purpose: 'attachment' })).toEqual({ ok: false, error: { code: 'NOT_A_FILE', details: {} } });
    expect(handleDrop(files, check, { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }, { path: video, purpose: 'attachment' })).toEqual({ ok: false, error: { code: 'INTERNAL', details: {} } });
    expect(handleDrop(files, check, trusted, { path: video, purpose: 'export' })).toEqual({ ok: false, error: { code: 'INVALID_INPUT', details: {} } });
  });
});
