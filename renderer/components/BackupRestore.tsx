// A copy of the vault for a USB stick (as strongly encrypted as the vault itself, same passphrase),
// and bringing such a copy back as a vault file (through the throttled app.restore: the backup's
// passphrase can be guessed there as much as at unlock). Files are chosen in the system's dialogs.
// Each action says what happened right under its own button; what is missing is said beside the
// control that needs it (issue 13).
import { useRef, useState } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { app, dossier } from '../api';
import { formatBytes } from '../i18n/format';
import { useApp } from '../state/AppContext';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { useSubmission } from '../state/useSubmission';
import { ErrorNote } from './ErrorNote';
import { FileChooser } from './FileChooser';
import { StatusNote } from './StatusNote';
import { TextField } from './TextField';

type Missing = 'form.needBackupTarget' | 'form.needRestoreFrom' | 'form.needRestorePassphrase' | 'form.needRestoreTo';

export function BackupRestore() {
  const { t, locale } = useApp();
  const [target, setTarget] = useState<PickedFile | null>(null);
  const [from, setFrom] = useState<PickedFile | null>(null);
  const [to, setTo] = useState<PickedFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<Missing[]>([]);
  const [attempt, setAttempt] = useState(0);
  const section = useRef<HTMLElement>(null);
  useFocusFirstInvalid(section, attempt);
  const backup = useSubmission<string>();
  const restore = useSubmission<string>();
  const said = (which: Missing) => (missing.includes(which) ? t(which) : null);
  const refuse = (gaps: Missing[]) => {
    setMissing(gaps);
    if (gaps.length > 0) setAttempt((count) => count + 1);
    return gaps.length > 0;
  };

  function startBackup(): void {
    if (refuse(target === null ? ['form.needBackupTarget'] : [])) return backup.reset();
    void backup.run(async () => {
      const result = await dossier['vault.backup']({ path: target!.handle });
      return t('settings.backupDone', { size: formatBytes(result.bytes, locale) });
    });
  }

  function startRestore(): void {
    const gaps: Missing[] = [];
    if (from === null) gaps.push('form.needRestoreFrom');
    if (passphrase === '') gaps.push('form.needRestorePassphrase');
    if (to === null) gaps.push('form.needRestoreTo');
    if (refuse(gaps)) return restore.reset();
    void restore.run(async () => {
      const result = await app['app.restore']({ from: from!.handle, passphrase, to: to!.handle, overwrite: false });
      setPassphrase('');
      return t('settings.restoreDone', { count: result.entries });
    });
  }

  const chosen = (set: (file: PickedFile) => void, which: Missing) => (file: PickedFile) => {
    setMissing((current) => current.filter((gap) => gap !== which));
    set(file);
  };

  return (
    <section className="stack" aria-labelledby="backup-title" ref={section}>
      <h2 id="backup-title">{t('settings.backup')}</h2>
      <p className="hint">{t('settings.backupHint')}</p>
      <FileChooser
        label={t('settings.backupTarget')}
        hint={t('settings.backupTargetHint')}
        save="backup"
        suggestedName="notes-copy.dossier"
        chosen={target}
        onChosen={chosen(setTarget, 'form.needBackupTarget')}
        problem={said('form.needBackupTarget')}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={startBackup} disabled={backup.busy}>
          {t('settings.backupButton')}
        </button>
      </div>
      <ErrorNote error={backup.error} />
      <StatusNote>{backup.done}</StatusNote>
      <h2>{t('settings.restore')}</h2>
      <p className="hint">{t('settings.restoreHint')}</p>
      <FileChooser
        label={t('settings.restoreFrom')}
        hint={t('settings.restoreFromHint')}
        open="restore-from"
        chosen={from}
        onChosen={chosen(setFrom, 'form.needRestoreFrom')}
        problem={said('form.needRestoreFrom')}
      />
      <TextField
        type="password"
        label={t('settings.restorePassphrase')}
        value={passphrase}
        onChange={(value) => {
          setMissing((current) => current.filter((gap) => gap !== 'form.needRestorePassphrase'));
          setPassphrase(value);
        }}
        error={said('form.needRestorePassphrase')}
      />
      <FileChooser
        label={t('settings.restoreTo')}
        hint={t('settings.restoreToHint')}
        save="restore-to"
        suggestedName="notes.dat"
        chosen={to}
        onChosen={chosen(setTo, 'form.needRestoreTo')}
        problem={said('form.needRestoreTo')}
      />
      <div className="actions">
        <button type="button" className="secondary" onClick={startRestore} disabled={restore.busy}>
          {t('settings.restoreButton')}
        </button>
      </div>
      <ErrorNote error={restore.error} />
      <StatusNote>{restore.done}</StatusNote>
    </section>
  );
}
