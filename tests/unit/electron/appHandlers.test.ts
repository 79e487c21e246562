import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appHandlers, callAppMethod } from '../../../main/appHandlers';
import { languageFromLocale, unlockDelayMs } from '../../../shared/appContract';
import { DossierError } from '../../../shared/errors';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(open: (input: { path: string; passphrase: string }) => Promise<{ schemaVersion: number; entries: number; readOnly: boolean }>, hideWindow?: () => void) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-app-'));
  dirs.push(dir);
  let clock = 1_000_000;
  const service = {
    'vault.open': vi.fn(open),
    'vault.lock': vi.fn(async () => ({})),
    'vault.restore': vi.fn(async () => ({ path: '/r', entries: 0 })),
    'vault.checkPassphrase': vi.fn(async () => ({ matches: true })),
    'drafts.save': vi.fn(async () => ({})),
  };
  const api = appHandlers({ service, settingsFile: join(dir, 'preferences.json'), suggestedFolder: dir, hideWindow, now: () => clock });
  return { api, service, dir, tick: (ms: number) => (clock += ms) };
}

const wrong = async (): Promise<never> => {
  throw new DossierError('WRONG_PASSPHRASE');
};

describe('appHandlers: settings', () => {
  it('answers the defaults, saves changes whole, and survives a damaged file', async () => {
    const { api, dir } = setup(wrong);
    await expect(api['app.settings']({})).resolves.toEqual({ language: 'ru', autoLockMinutes: 5, disguise: false, rememberVault: false, allowScreenshots: false });
    await api['app.saveSettings']({ language: 'be', autoLockMinutes: 7 });
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toEqual({
      language: 'be',
      lockAfterMinutes: 7,
      startWith: 'welcome',
      rememberLastFile: false,
      allowScreenshots: false,
      retry: { count: 0, at: 0 },
    });
    writeFileSync(join(dir, 'preferences.json'), '{ not json');
    await expect(api['app.settings']({})).resolves.toEqual({ language: 'ru', autoLockMinutes: 5, disguise: false, rememberVault: false, allowScreenshots: false });
  });

  it('refuses settings out of range before anything is written', async () => {
    const { api } = setup(wrong);
    await expect(callAppMethod(api, 'app.saveSettings', { autoLockMinutes: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(callAppMethod(api, 'app.saveSettings', { language: 'de' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('suggests a vault inside the given folder, with a name that draws no attention', async () => {
    const { api, dir } = setup(wrong);
    await expect(api['app.info']({})).resolves.toEqual({ suggestedVaultPath: join(dir, 'notes.dat'), suggestedFolder: dir });
  });
});

describe('appHandlers: throttled unlock', () => {
  it('waits longer after each wrong passphrase from the third, and refuses early tries without opening', async () => {
    const { api, service, tick } = setup(wrong);
    for (let i = 0; i < 2; i += 1) await expect(api['app.unlock']({ path: '/v', passphrase: 'x' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', details: { waitMs: 0 } });
    await expect(api['app.unlock']({ path: '/v', passphrase: 'x' })).rejects.toMatchObject({ details: { waitMs: 5000, failures: 3 } });
    await expect(api['app.unlockWait']({})).resolves.toEqual({ failures: 3, waitMs: 5000 });
    await expect(api['app.unlock']({ path: '/v', passphrase: 'x' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(service['vault.open']).toHaveBeenCalledTimes(3);
    tick(5000);
    await expect(api['app.unlock']({ path: '/v', passphrase: 'x' })).rejects.toMatchObject({ details: { waitMs: 10_000 } });
    expect(unlockDelayMs(20)).toBe(300_000);
  });

  it('resets after the right passphrase, and passes other errors through untouched', async () => {
    let right = false;
    const { api } = setup(async () => {
      if (!right) throw new DossierError('WRONG_PASSPHRASE');
      return { schemaVersion: 1, entries: 0, readOnly: false };
    });
    await expect(api['app.unlock']({ path: '/v', passphrase: 'x' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    right = true;
    await expect(api['app.unlock']({ path: '/v', passphrase: 'y' })).resolves.toEqual({ schemaVersion: 1, entries: 0, readOnly: false });
    await expect(api['app.unlockWait']({})).resolves.toEqual({ failures: 0, waitMs: 0 });
    const missing = setup(async () => {
      throw new DossierError('VAULT_NOT_FOUND');
    });
    await expect(missing.api['app.unlock']({ path: '/v', passphrase: 'x' })).rejects.toMatchObject({ code: 'VAULT_NOT_FOUND' });
    await expect(missing.api['app.unlockWait']({})).resolves.toEqual({ failures: 0, waitMs: 0 });
  });
});

describe('appHandlers: throttled restore', () => {
  it('counts wrong backup passphrases with unlock’s: after three, restore waits without trying', async () => {
    const { api, service } = setup(wrong);
    service['vault.restore'].mockImplementation(wrong);
    const restore = () => api['app.restore']({ from: '/b', passphrase: 'x', to: '/v', overwrite: false });
    await expect(restore()).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(api['app.unlock']({ path: '/v', passphrase: 'x' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(restore()).rejects.toMatchObject({ details: { waitMs: 5000, failures: 3 } });
    await expect(restore()).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(service['vault.restore']).toHaveBeenCalledTimes(2);
  });
});

describe('appHandlers: remember this vault', () => {
  it('remembers the vault only when she ticked it, never while disguised, and forgets it when unticked', async () => {
    const { api, dir } = setup(async () => ({ schemaVersion: 2, entries: 0, readOnly: false }));
    const vault = join(dir, 'notes.dossier');
    writeFileSync(vault, 'x'.repeat(4096));
    await api['app.unlock']({ path: vault, passphrase: 'x' });
    await expect(api['app.rememberedVault']({})).resolves.toBeNull();
    expect(existsSync(join(dir, 'recent.json'))).toBe(false);

    await api['app.saveSettings']({ rememberVault: true });
    await api['app.unlock']({ path: vault, passphrase: 'x' });
    await expect(api['app.rememberedVault']({})).resolves.toEqual({ handle: expect.stringMatching(/^fh_/), name: 'notes.dossier', size: 4096 });
    expect(readFileSync(join(dir, 'preferences.json'), 'utf8')).not.toContain('notes.dossier');

    await api['app.setDisguise']({ on: true, passphrase: 'x', path: vault });
    await expect(api['app.rememberedVault']({})).resolves.toBeNull();
    expect(existsSync(join(dir, 'recent.json'))).toBe(false);
    await api['app.setDisguise']({ on: false });
    await api['app.unlock']({ path: vault, passphrase: 'x' });
    await api['app.saveSettings']({ rememberVault: false });
    expect(existsSync(join(dir, 'recent.json'))).toBe(false);
  });
});

describe('appHandlers: quick exit', () => {
  it('hides the window first, then locks; says whether it could hide', async () => {
    const order: string[] = [];
    const { api, service } = setup(wrong, () => order.push('hide'));
    service['vault.lock'].mockImplementation(async () => {
      order.push('lock');
      return {};
    });
    await expect(api['app.quickExit']({})).resolves.toEqual({ hidden: true });
    expect(order).toEqual(['hide', 'lock']);
    // The draft she was writing: saved after the window is hidden, before the lock.
    service['drafts.save'].mockImplementation(async () => {
      order.push('save draft');
      return {};
    });
    order.length = 0;
    const form = { kind: 'incident', date: '', time: '', zone: 'UTC', precision: 'exact', endDate: '', endTime: '', title: '', text: 'half-written', place: '', categories: [], personIds: [], recordedBy: '', injuries: '', medicalHelp: '', policeDate: '', policeNumber: '', policeOutcome: '', childrenPresent: 'unknown', amount: '', currency: '' } as const;
    await expect(callAppMethod(api, 'app.quickExit', { draft: { key: 'new', form } })).resolves.toEqual({ hidden: true });
    expect(order).toEqual(['hide', 'save draft', 'lock']);
    const bare = setup(wrong);
    bare.service['vault.lock'].mockRejectedValueOnce(new DossierError('VAULT_LOCKED'));
    await expect(bare.api['app.quickExit']({})).resolves.toEqual({ hidden: false });
  });
});

describe('languageFromLocale', () => {
  it('uses the OS language when Dossier speaks it, Russian otherwise', () => {
    expect(['uk-UA', 'be_BY', 'en-US', 'ru', 'de-DE', ''].map(languageFromLocale)).toEqual(['uk', 'be', 'en', 'ru', 'ru', 'ru']);
  });
});
