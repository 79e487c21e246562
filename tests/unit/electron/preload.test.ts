import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WINDOW_METHOD_NAMES } from '../../../shared/appContract';
import { METHOD_NAMES } from '../../../shared/contract';
import { DossierError } from '../../../shared/errors';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn<(channel: string, input: unknown) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electron.exposed.set(key, api);
    },
  },
  ipcRenderer: { invoke: (channel: string, input: unknown) => electron.invoke(channel, input) },
}));

await import('../../../main/electron/preload');

type Api = Record<string, (input: unknown) => Promise<unknown>>;
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

  it('exposes exactly the contract and the app methods, each a function', () => {
    expect(Object.keys(api).sort()).toEqual([...WINDOW_METHOD_NAMES].sort());
    for (const name of [...METHOD_NAMES, 'app.quickExit', 'app.unlock']) expect(typeof api[name], name).toBe('function');
  });

  it('invokes dossier:<method> with the input and resolves with the value', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { open: true } });
    await expect(api['vault.status']?.({})).resolves.toEqual({ open: true });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('dossier:vault.status', {});
  });

  it('turns {ok:false,error} into a thrown DossierError with code and details', async () => {
    electron.invoke.mockResolvedValue({ ok: false, error: { code: 'WRONG_PASSPHRASE', details: { attemptsLeft: 2 } } });
    const error = await rejection(api['vault.open']!({ path: '/v', passphrase: 'x' }));
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
