import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DossierError } from '../../../shared/errors';
import { NOT_FOR_THE_WINDOW, WINDOW_METHOD_NAMES } from '../../../shared/windowContract';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, input: unknown) => Promise<unknown>>(),
  /** What webUtils.getPathForFile answers: a real dropped File has a path, a constructed one ''. */
  paths: new Map<unknown, string>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electron.exposed.set(key, api);
    },
  },
  ipcRenderer: { invoke: (channel: string, input: unknown) => electron.invoke(channel, input) },
  webUtils: { getPathForFile: (file: unknown) => electron.paths.get(file) ?? '' },
}));

await import('../../../main/electron/preload');

type Api = Record<string, (input: unknown, more?: unknown) => Promise<unknown>>;
const api = electron.exposed.get('dossier') as Api;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

beforeEach(() => {
  electron.invoke.mockReset();
});

describe('preload', () => {
  it('exposes exactly one key, window.dossier', () => {
    expect([...electron.exposed.keys()]).toEqual(['dossier']);
  });

  it('exposes exactly the window’s methods and app.dropFile, each a function', () => {
    expect(Object.keys(api).sort()).toEqual([...WINDOW_METHOD_NAMES, 'app.dropFile'].sort());
    for (const name of [...WINDOW_METHOD_NAMES, 'app.dropFile']) expect(typeof api[name], name).toBe('function');
  });

  it('offers no raw vault.open or vault.restore (only the throttled app.unlock and app.restore), nor app.info', () => {
    for (const name of NOT_FOR_THE_WINDOW) expect(api[name], name).toBeUndefined();
    expect(typeof api['app.unlock']).toBe('function');
    expect(typeof api['app.restore']).toBe('function');
  });

  it('app.dropFile sends the dropped file’s path (read in the preload) on its own channel and answers the handle', async () => {
    const dropped = { name: 'video.mp4' };
    electron.paths.set(dropped, '/home/me/video.mp4');
    const picked = { handle: `fh_${'a'.repeat(32)}`, name: 'video.mp4', size: 1_500_000_000 };
    electron.invoke.mockResolvedValue({ ok: true, value: picked });
    await expect(api['app.dropFile']!(dropped, 'attachment')).resolves.toEqual(picked);
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('dossier-file:drop', { path: '/home/me/video.mp4', purpose: 'attachment' });
  });

  it('app.dropFile refuses a File the page made itself (no path) and a bad purpose, without asking main', async () => {
    await expect(api['app.dropFile']!({ name: 'made-up.png' }, 'attachment')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const dropped = { name: 'a.txt' };
    electron.paths.set(dropped, '/home/me/a.txt');
    await expect(api['app.dropFile']!(dropped, 'vault-new')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('invokes dossier:<method> with the input and resolves with the value', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { open: true } });
    await expect(api['vault.status']?.({})).resolves.toEqual({ open: true });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('dossier:vault.status', {});
  });

  it('turns {ok:false,error} into a thrown DossierError with code and details', async () => {
    electron.invoke.mockResolvedValue({ ok: false, error: { code: 'WRONG_PASSPHRASE', details: { attemptsLeft: 2 } } });
    const error = await rejection(api['app.unlock']!({ path: `fh_${'0'.repeat(32)}`, passphrase: 'x' }));
    expect(error).toBeInstanceOf(DossierError);
    expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE', details: { attemptsLeft: 2 } });
  });

  it('turns a malformed reply into INTERNAL', async () => {
    for (const reply of [undefined, null, 'ok', { ok: true }, { ok: false, error: { code: 'NOPE', details: {} } }]) {
      electron.invoke.mockResolvedValue(reply);
      const error = await rejection(api['vault.lock']!({}));
      expect(error, JSON.stringify(reply)).toMatchObject({ code: 'INTERNAL', details: {} });
    }
  });

  it('drops details that are not flat values', async () => {
    electron.invoke.mockResolvedValue({ ok: false, error: { code: 'NOT_FOUND', details: { nested: { a: 1 } } } });
    expect(await rejection(api['entries.get']!({ id: 'x' }))).toMatchObject({ code: 'NOT_FOUND', details: {} });
  });
});
