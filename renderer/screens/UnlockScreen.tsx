// Opening a vault: which file (chosen in the system's dialog, or the one she asked this computer to
// remember) and the passphrase. After wrong tries the button waits a little longer each time, and
// says so plainly (the delay itself is kept in the main process).
import { useEffect, useState, type FormEvent } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { app, toDossierError } from '../api';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorNote } from '../components/ErrorNote';
import { FileChooser } from '../components/FileChooser';
import { TextField } from '../components/TextField';
import { useApp, type LockNotice } from '../state/AppContext';

interface UnlockScreenProps {
  onUnlocked(vault: PickedFile): void;
  onCreate(): void;
  /** Why the vault is locked now, if it locked itself. */
  notice: LockNotice;
}

export function UnlockScreen({ onUnlocked, onCreate, notice }: UnlockScreenProps) {
  const { t, settings, saveSettings, vault } = useApp();
  const [chosen, setChosen] = useState<PickedFile | null>(vault);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [wrong, setWrong] = useState(false);
  const [readyAt, setReadyAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<'vault.needLocation' | 'vault.needPassphrase' | null>(null);

  useEffect(() => {
    void app['app.unlockWait']({}).then(({ waitMs }) => waitUntil(waitMs), () => undefined);
  }, []);
  // The remembered vault, if she asked for one (never while disguised: then this screen is not shown).
  useEffect(() => {
    if (vault !== null || !settings.rememberVault) return;
    void app['app.rememberedVault']({}).then((remembered) => setChosen((current) => current ?? remembered), () => undefined);
  }, [vault, settings.rememberVault]);
  useEffect(() => {
    if (readyAt <= Date.now()) return;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [readyAt]);

  function waitUntil(waitMs: number): void {
    setNow(Date.now());
    setReadyAt(waitMs > 0 ? Date.now() + waitMs : 0);
  }

  const waitSeconds = readyAt === 0 ? 0 : Math.max(0, Math.ceil((readyAt - now) / 1000));

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || waitSeconds > 0) return;
    setWrong(false);
    if (chosen === null || passphrase === '') {
      setMissing(chosen === null ? 'vault.needLocation' : 'vault.needPassphrase');
      return;
    }
    setMissing(null);
    setBusy(true);
    setError(null);
    try {
      await app['app.unlock']({ path: chosen.handle, passphrase });
      onUnlocked(chosen);
    } catch (caught) {
      const failure = toDossierError(caught);
      setWrong(failure.code === 'WRONG_PASSPHRASE');
      setError(failure.code === 'WRONG_PASSPHRASE' ? null : failure);
      // Electron's contextBridge drops error details: ask the main process for the wait instead.
      const waitMs = typeof failure.details.waitMs === 'number' ? failure.details.waitMs : (await app['app.unlockWait']({}).catch(() => ({ waitMs: 0 }))).waitMs;
      waitUntil(waitMs);
      setPassphrase('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('vault.unlockTitle')}
      </h1>
      <p className="lead">{t('vault.unlockLead')}</p>
      {notice === 'idle' && <p className="note">{t('vault.lockedIdle', { minutes: settings.autoLockMinutes })}</p>}
      {notice === 'stopped' && <p className="note">{t('errors.SERVICE_STOPPED')}</p>}
      <form onSubmit={(event) => void submit(event)} className="stack" noValidate>
        <FileChooser label={t('vault.location')} open="vault" chosen={chosen} onChosen={setChosen} buttonText={t('vault.openMyVault')} />
        <CheckboxField
          label={t('vault.rememberVault')}
          hint={t('vault.rememberVaultHint')}
          checked={settings.rememberVault}
          onChange={(rememberVault) => void saveSettings({ rememberVault })}
        />
        <TextField label={t('vault.passphrase')} type="password" value={passphrase} onChange={setPassphrase} required autoComplete="off" />
        {wrong && (
          <p className="note note-error" role="alert">
            {t('vault.wrongPassphrase')}
          </p>
        )}
        {missing !== null && (
          <p className="note note-error" role="alert">
            {t(missing)}
          </p>
        )}
        <ErrorNote error={error} />
        {waitSeconds > 0 && (
          <p className="note note-wait" role="status">
            {t('vault.waitBeforeRetry', { count: waitSeconds })}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || waitSeconds > 0}>
            {busy ? t('vault.unlocking') : t('vault.unlockButton')}
          </button>
        </div>
      </form>
      <p className="aside">
        {t('vault.noVaultYet')}{' '}
        <button type="button" className="link" onClick={onCreate}>
          {t('vault.createLink')}
        </button>
      </p>
    </main>
  );
}
