// The disguise in the main process: the unlock wait survives a restart, the gesture opens the vault
// only with her passphrase (and a wrong one answers nothing at all), turning it on needs the open
// vault's passphrase, and nothing in the profile folder says what the app is for. The service is a
// recording double here (the vault has its own tests); the seal, the files and Argon2id are real.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appHandlers } from '../../../main/appHandlers';
import { DossierError } from '../../../shared/errors';
import { findRevealingWords } from '../../revealingWords';

const RIGHT = 'correct horse battery staple';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'profile-'));
  dirs.push(dir);
  return dir;
}

/** One start of the app on this profile folder (a restart is a second call on the same folder). */
function start(dir: string, clock: { now: number }) {
  const service = {
    'vault.open': vi.fn(async ({ passphrase }: { path: string; passphrase: string }) => {
      if (passphrase !== RIGHT) throw new DossierError('WRONG_PASSPHRASE');
      return { schemaVersion: 4, entries: 3, readOnly: false };
    }),
    'vault.lock': vi.fn(async () => ({})),
    'vault.restore': vi.fn(async () => ({ path: '/r', entries: 0 })),
    'vault.checkPassphrase': vi.fn(async ({ passphrase }: { passphrase: string }) => ({ matches: passphrase === RIGHT })),
    'drafts.save': vi.fn(async () => ({})),
  };
  const api = appHandlers({ service, settingsFile: join(dir, 'preferences.json'), suggestedFolder: dir, now: () => clock.now });
  return { api, service };
}

describe('the unlock wait', () => {
  it('survives a restart of the app: the count and the wait are read back from the preferences', async () => {
    const dir = folder();
    const clock = { now: 5_000_000 };
    const first = start(dir, clock);
    for (let i = 0; i < 3; i += 1) await expect(first.api['app.unlock']({ path: '/v', passphrase: 'guess' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(first.api['app.unlockWait']({})).resolves.toEqual({ failures: 3, waitMs: 5000 });

    clock.now += 1000;
    const second = start(dir, clock);
    await expect(second.api['app.unlockWait']({})).resolves.toEqual({ failures: 3, waitMs: 4000 });
    // Refused without trying, even the right passphrase, until the wait is over.
    await expect(second.api['app.unlock']({ path: '/v', passphrase: RIGHT })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE', details: { waitMs: 4000 } });
    expect(second.service['vault.open']).not.toHaveBeenCalled();
    clock.now += 4000;
    await expect(second.api['app.unlock']({ path: '/v', passphrase: 'guess' })).rejects.toMatchObject({ details: { failures: 4, waitMs: 10_000 } });

    // A clock set back never makes the wait longer than the delay itself.
    clock.now -= 10 * 86_400_000;
    await expect(start(dir, clock).api['app.unlockWait']({})).resolves.toEqual({ failures: 4, waitMs: 10_000 });
    clock.now += 20 * 86_400_000;
    const third = start(dir, clock);
    await expect(third.api['app.unlock']({ path: '/v', passphrase: RIGHT })).resolves.toMatchObject({ entries: 3 });
    await expect(start(dir, clock).api['app.unlockWait']({})).resolves.toEqual({ failures: 0, waitMs: 0 });
  });
});

describe('the disguise', () => {
  it('turns on only with the open vault’s passphrase, never through the plain settings call', async () => {
    const dir = folder();
    const { api } = start(dir, { now: 1 });
    await expect(api['app.saveSettings']({ disguise: true })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api['app.setDisguise']({ on: true, passphrase: 'not hers', path: join(dir, 'notes.dat') })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    // A guess here counts toward the unlock wait like any other.
    await expect(api['app.unlockWait']({})).resolves.toMatchObject({ failures: 1 });
    await expect(api['app.settings']({})).resolves.toMatchObject({ disguise: false });
    await expect(api['app.setDisguise']({ on: true, path: join(dir, 'notes.dat') })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(api['app.setDisguise']({ on: true, passphrase: RIGHT, path: join(dir, 'notes.dat') })).resolves.toMatchObject({ disguise: true });
    await expect(api['app.setDisguise']({ on: false })).resolves.toMatchObject({ disguise: false });
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).not.toHaveProperty('session');
  });

  it('opens the vault from her passphrase alone; a wrong one answers nothing and counts toward the wait', async () => {
    const dir = folder();
    const vault = join(dir, 'my records.dat');
    writeFileSync(vault, 'x'.repeat(4096));
    const clock = { now: 9_000_000 };
    const { api, service } = start(dir, clock);
    await api['app.setDisguise']({ on: true, passphrase: RIGHT, path: vault });

    const restarted = start(dir, clock);
    await expect(restarted.api['app.unlockDisguised']({ passphrase: 'Shopping list' })).resolves.toBeNull();
    expect(restarted.service['vault.open']).not.toHaveBeenCalled();
    const opened = await restarted.api['app.unlockDisguised']({ passphrase: RIGHT });
    expect(opened).toMatchObject({ vault: { handle: expect.stringMatching(/^fh_/), name: 'my records.dat' }, info: { entries: 3 } });
    expect(restarted.service['vault.open']).toHaveBeenCalledWith({ path: vault, passphrase: RIGHT });

    // Three wrong tries: then even the right one answers null, without trying, until the wait ends.
    for (let i = 0; i < 3; i += 1) await expect(restarted.api['app.unlockDisguised']({ passphrase: `guess ${i}` })).resolves.toBeNull();
    restarted.service['vault.open'].mockClear();
    await expect(restarted.api['app.unlockDisguised']({ passphrase: RIGHT })).resolves.toBeNull();
    expect(restarted.service['vault.open']).not.toHaveBeenCalled();
    clock.now += 5000;
    await expect(restarted.api['app.unlockDisguised']({ passphrase: RIGHT })).resolves.not.toBeNull();
    expect(service['vault.open']).not.toHaveBeenCalled();
  });

  it('says a missing vault plainly once her passphrase was recognised', async () => {
    const dir = folder();
    const { api, service } = start(dir, { now: 1 });
    await api['app.setDisguise']({ on: true, passphrase: RIGHT, path: join(dir, 'gone.dat') });
    await expect(api['app.unlockDisguised']({ passphrase: RIGHT })).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(service['vault.open']).not.toHaveBeenCalled();
  });

  it('goes off when the seal opens but the vault refuses (its passphrase changed elsewhere), so she is never shut out', async () => {
    const dir = folder();
    const vault = join(dir, 'notes.dat');
    writeFileSync(vault, 'x'.repeat(4096));
    const { api, service } = start(dir, { now: 1 });
    await api['app.setDisguise']({ on: true, passphrase: RIGHT, path: vault });
    service['vault.open'].mockRejectedValueOnce(new DossierError('WRONG_PASSPHRASE'));
    await expect(api['app.unlockDisguised']({ passphrase: RIGHT })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(api['app.settings']({})).resolves.toMatchObject({ disguise: false });
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).not.toHaveProperty('session');
  });

  it('keeps a note only once it has text, so a title alone (a passphrase typed there) never reaches the disk', async () => {
    const dir = folder();
    const { api } = start(dir, { now: Date.UTC(2026, 0, 2) });
    await expect(api['app.saveNote']({ title: RIGHT, text: '' })).resolves.toBeNull();
    const kept = await api['app.saveNote']({ title: 'Shopping', text: 'milk, bread' });
    expect(kept).toMatchObject({ id: expect.stringMatching(/^n_/), title: 'Shopping', text: 'milk, bread' });
    await expect(start(dir, { now: 2 }).api['app.notes']({})).resolves.toEqual([kept]);
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name), 'utf8')).not.toContain(RIGHT);
    await api['app.saveNote']({ id: kept!.id, title: 'Shopping', text: '' });
    await expect(api['app.notes']({})).resolves.toEqual([]);
  });

  it('leaves nothing in the profile folder that says what the app is for, disguise on or off', async () => {
    const dir = folder();
    const vault = join(dir, 'Dossier vault.dossier');
    const { api } = start(dir, { now: 3 });
    await api['app.saveSettings']({ language: 'uk', allowScreenshots: true, rememberVault: false });
    await api['app.unlock']({ path: vault, passphrase: 'wrong' }).catch(() => undefined);
    await api['app.saveNote']({ title: 'Recipes', text: 'borscht' });
    await api['app.setDisguise']({ on: true, passphrase: RIGHT, path: vault });
    const scan = () => {
      for (const name of readdirSync(dir)) {
        expect(findRevealingWords(name), name).toEqual([]);
        expect(findRevealingWords(readFileSync(join(dir, name), 'utf8')), name).toEqual([]);
      }
    };
    scan();
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ startWith: 'notes', session: expect.any(String), retry: { count: 0 } });
    await api['app.setDisguise']({ on: false });
    scan();
    // A control: the scanner finds a revealing word where there is one.
    writeFileSync(join(dir, 'control.txt'), '{"disguise": true}');
    expect(findRevealingWords(readFileSync(join(dir, 'control.txt'), 'utf8'))).toEqual(['disguise']);
  });

  it('reads Dossier 0.1’s settings.json once, rewrites them in neutral words and removes it', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ language: 'be', autoLockMinutes: 9, disguise: true, rememberVault: true, allowScreenshots: false }));
    writeFileSync(join(dir, 'remembered-vault.json'), JSON.stringify({ path: '/media/stick/notes.dat' }));
    const { api } = start(dir, { now: 1 });
    // The old disguise kept no sealed location: it starts off, so she is never locked out.
    await expect(api['app.settings']({})).resolves.toEqual({ language: 'be', autoLockMinutes: 9, disguise: false, rememberVault: true, allowScreenshots: false });
    expect(readdirSync(dir).sort()).toEqual(['preferences.json', 'recent.json']);
  });
});

describe('the unlock wait on a profile that cannot be written', () => {
  it('still waits, kept in memory, when the preferences file cannot be saved', async () => {
    const dir = folder();
    const clock = { now: 1_000 };
    const { api } = start(dir, clock);
    // A folder where the file should be: every save of the preferences fails.
    mkdirSync(join(dir, 'preferences.json.tmp'));
    for (let i = 0; i < 3; i += 1) await expect(api['app.unlock']({ path: '/v', passphrase: 'guess' })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(api['app.unlockWait']({})).resolves.toEqual({ failures: 3, waitMs: 5000 });
  });
});
