import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DossierApi } from '../../../shared/contract';
import { WINDOW_METHOD_NAMES } from '../../../shared/windowContract';
import { DossierError } from '../../../shared/errors';
import { dossier, toDossierError } from '../../../renderer/api';

function install(api: Partial<Record<string, (input: unknown) => Promise<unknown>>>): void {
  vi.stubGlobal('window', { dossier: api as unknown as DossierApi });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('renderer/api', () => {
  it('offers every method of the window’s contract, and no raw vault.open or vault.restore', () => {
    expect(Object.keys(dossier).sort()).toEqual([...WINDOW_METHOD_NAMES].sort());
    expect(Object.keys(dossier)).not.toContain('vault.open');
    expect(Object.keys(dossier)).not.toContain('vault.restore');
  });

  it('forwards the call to window.dossier and returns its value', async () => {
    const status = vi.fn(async () => ({ open: true }));
    install({ 'vault.status': status });
    await expect(dossier['vault.status']({})).resolves.toEqual({ open: true });
    expect(status).toHaveBeenCalledWith({});
  });

  it('restores the code of an error whose custom properties the contextBridge dropped', async () => {
    // What the page sees after Electron copies a rejected DossierError across the bridge.
    install({ 'app.unlock': async () => Promise.reject(new Error('WRONG_PASSPHRASE: The passphrase is not right')) });
    await expect(dossier['app.unlock']({ path: `fh_${'0'.repeat(32)}`, passphrase: 'x' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('keeps a real DossierError as it is, and makes anything else INTERNAL', () => {
    const original = new DossierError('FILE_TOO_LARGE', { limitBytes: 10 });
    expect(toDossierError(original)).toBe(original);
    expect(toDossierError({ code: 'DISK_FULL' }).code).toBe('DISK_FULL');
    expect(toDossierError(new Error('Error: NOT_A_CODE: x')).code).toBe('INTERNAL');
    expect(toDossierError('boom').code).toBe('INTERNAL');
    expect(toDossierError(undefined).code).toBe('INTERNAL');
  });

  it('fails with INTERNAL when no adapter installed window.dossier', async () => {
    vi.stubGlobal('window', {});
    await expect(dossier['vault.status']({})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('renderer/api: the app methods and error details', () => {
  it('offers the app methods through the same window.dossier', async () => {
    const { app } = await import('../../../renderer/api');
    install({ 'app.settings': async () => ({ language: 'ru', autoLockMinutes: 5, disguise: false }) });
    await expect(app['app.settings']({})).resolves.toMatchObject({ language: 'ru' });
  });

  it('keeps code and details of an error that carries them (the browser harness)', async () => {
    const error = Object.assign(new Error('WRONG_PASSPHRASE: (harness)'), { code: 'WRONG_PASSPHRASE', details: { waitMs: 5000 } });
    expect(toDossierError(error)).toMatchObject({ code: 'WRONG_PASSPHRASE', details: { waitMs: 5000 } });
    expect(toDossierError({ code: 'DISK_FULL', details: { nested: {} } }).details).toEqual({});
  });

  it('reports a method the adapter does not carry as INTERNAL, and canUse says so first', async () => {
    const { canUse, dossierFile } = await import('../../../renderer/api');
    install({});
    expect(canUse('dossier.export')).toBe(false);
    await expect(dossierFile['dossier.verify']({ path: '/x.pdf' })).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
