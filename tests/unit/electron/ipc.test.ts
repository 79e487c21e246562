import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { METHOD_NAMES, type DossierApi } from '../../../shared/contract';
import { DossierError } from '../../../shared/errors';
import { createIpcRouter, isFrameAt, registerIpc, type SenderEvent } from '../../../main/electron/ipc';

const APP_URL = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html';
const trusted: SenderEvent = { senderFrame: { url: APP_URL, parent: null } };

/** A service double: every method is a spy resolving to `{}` unless a test says otherwise. */
function fakeService(overrides: Partial<Record<string, (input: unknown) => Promise<unknown>>> = {}) {
  const spies = Object.fromEntries(METHOD_NAMES.map((name) => [name, vi.fn(overrides[name] ?? (async () => ({})))]));
  return { service: spies as unknown as DossierApi, spies };
}

function calls(spies: Record<string, ReturnType<typeof vi.fn>>): number {
  return Object.values(spies).reduce((sum, spy) => sum + spy.mock.calls.length, 0);
}

describe('isFrameAt', () => {
  const check = isFrameAt(APP_URL);

  it('accepts the top frame of our own renderer, with or without a fragment or query', () => {
    expect(check(trusted)).toBe(true);
    expect(check({ senderFrame: { url: `${APP_URL}#/entries`, parent: null } })).toBe(true);
    expect(check({ senderFrame: { url: `${APP_URL}?lang=ru`, parent: null } })).toBe(true);
  });

  it('refuses a missing frame, another file, a look-alike path, a web page and a subframe', () => {
    expect(check({})).toBe(false);
    expect(check({ senderFrame: null })).toBe(false);
    expect(check({ senderFrame: { url: 'file:///tmp/evil.html', parent: null } })).toBe(false);
    expect(check({ senderFrame: { url: `${APP_URL}.evil.html`, parent: null } })).toBe(false);
    expect(check({ senderFrame: { url: 'https://example.org/index.html', parent: null } })).toBe(false);
    expect(check({ senderFrame: { url: APP_URL, parent: { url: APP_URL } } })).toBe(false);
  });
});

describe('createIpcRouter', () => {
  it('rejects a sender with no frame or the wrong URL without calling the service', async () => {
    const { service, spies } = fakeService();
    const router = createIpcRouter(service, isFrameAt(APP_URL));
    for (const event of [{}, { senderFrame: null }, { senderFrame: { url: 'https://example.org/', parent: null } }]) {
      const result = await router.handle('vault.status', event, {});
      expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', details: {} } });
    }
    expect(calls(spies)).toBe(0);
  });

  it('treats a sender check that throws as untrusted', async () => {
    const { service, spies } = fakeService();
    const router = createIpcRouter(service, () => {
      throw new Error('boom');
    });
    expect((await router.handle('vault.status', trusted, {})).ok).toBe(false);
    expect(calls(spies)).toBe(0);
  });

  it('answers a bad payload with INVALID_INPUT and no zod details, without calling the service', async () => {
    const { service, spies } = fakeService();
    const router = createIpcRouter(service, isFrameAt(APP_URL));
    const bad: [string, unknown][] = [
      ['vault.open', { path: '/home/me/v.dossier' }],
      ['vault.open', { path: '/home/me/v.dossier', passphrase: 'secret words', extra: 'evidence text' }],
      ['vault.lock', undefined],
      ['entries.get', 'not an object'],
      ['search', { query: 'x'.repeat(501) }],
    ];
    for (const [method, input] of bad) {
      expect(await router.handle(method, trusted, input), method).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', details: {} },
      });
    }
    expect(calls(spies)).toBe(0);
  });

  it('refuses a method that is not in the contract', async () => {
    const { service, spies } = fakeService();
    const router = createIpcRouter(service, isFrameAt(APP_URL));
    expect(await router.handle('__proto__', trusted, {})).toEqual({ ok: false, error: { code: 'INVALID_INPUT', details: {} } });
    expect(await router.handle('constructor', trusted, {})).toEqual({ ok: false, error: { code: 'INVALID_INPUT', details: {} } });
    expect(calls(spies)).toBe(0);
  });

  it('passes a good payload, parsed (defaults applied), to the service and returns its value', async () => {
    const { service, spies } = fakeService({ search: async () => [{ hit: 1 }] });
    const router = createIpcRouter(service, isFrameAt(APP_URL));
    const result = await router.handle('search', trusted, { query: 'bruise' });
    expect(result).toEqual({ ok: true, value: [{ hit: 1 }] });
    expect(spies.search).toHaveBeenCalledExactlyOnceWith({ query: 'bruise', limit: 100 });
  });

  it('carries a DossierError code and details', async () => {
    const { service } = fakeService({
      'vault.open': async () => {
        throw new DossierError('WRONG_PASSPHRASE', { attemptsLeft: 2 });
      },
    });
    const router = createIpcRouter(service, isFrameAt(APP_URL));
    const result = await router.handle('vault.open', trusted, { path: '/v.dossier', passphrase: 'nope' });
    expect(result).toEqual({ ok: false, error: { code: 'WRONG_PASSPHRASE', details: { attemptsLeft: 2 } } });
  });

  it('maps any other throw to INTERNAL with no message and no stack', async () => {
    const secret = 'ENOENT: /home/me/vault.dossier — he hit me on 3 May';
    const { service } = fakeService({
      'entries.list': async () => {
        throw new Error(secret);
      },
      'people.list': () => {
        throw new TypeError(secret); // synchronous throw, not a rejection
      },
    });
    const router = createIpcRouter(service, isFrameAt(APP_URL));
    for (const method of ['entries.list', 'people.list']) {
      const result = await router.handle(method, trusted, {});
      expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', details: {} } });
      expect(JSON.stringify(result)).not.toContain('he hit me');
    }
  });
});

describe('registerIpc', () => {
  it('registers dossier:<method> for every contract method and can remove them again', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: vi.fn((channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => {
        handlers.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => {
        handlers.delete(channel);
      }),
    };
    const { service, spies } = fakeService({ 'vault.status': async () => ({ open: false }) });
    const dispose = registerIpc(ipcMain as unknown as IpcMain, createIpcRouter(service, isFrameAt(APP_URL)));

    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((name) => `dossier:${name}`).sort());
    expect(await handlers.get('dossier:vault.status')?.(trusted, {})).toEqual({ ok: true, value: { open: false } });
    expect(await handlers.get('dossier:vault.status')?.({ senderFrame: null }, {})).toMatchObject({ ok: false });
    expect(spies['vault.status']).toHaveBeenCalledTimes(1);

    dispose();
    expect(handlers.size).toBe(0);
  });
});
