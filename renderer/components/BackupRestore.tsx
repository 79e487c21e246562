// A copy of the vault for a USB stick (as strongly encrypted as the vault itself, same passphrase),
// and bringing such a copy back as a vault file (through the throttled app.restore: the backup's
// passphrase can be guessed there as much as at unlock). Files are chosen in the system's dialogs.
// Each action says what happened right under its own button; what is missing is said beside the
// control that needs it (issue 13). The two files written (the copy, the restored vault) are save
// targets like the dossier's: useSaveTarget says a missing one on its chooser. Neither calls wrote(),
// so a second copy to the same file is refused by the vault (VAULT_EXISTS) rather than asked about.
import { useRef, useState } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { app, dossier } from '../api';
import { formatBytes } from '../i18n/format';
import { useApp } from '../state/AppContext';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { useSaveTarget } from '../state/useSaveTarget';
import { useSubmission } from '../state/useSubmission';
import { ErrorNote } from './ErrorNote';
import { FileChooser } from './FileChooser';
import { SaveTargetChooser } from './SaveTargetChooser';
import { StatusNote } from './StatusNote';
import { TextField } from './TextField';

type Missing = 'form.needRestoreFrom' | 'form.needRestorePassphrase';

export function BackupRestore() {
  const { t, locale } = useApp();
  const copyPlace = useSaveTarget('backup', 'notes-copy.dossier');
  const [from, setFrom] = useState<PickedFile | null>(null);
  const restorePlace = useSaveTarget('restore-to', 'notes.dat');
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<Missing[]>([]);
  const [attempt, setAttempt] = useState(0);
  const section = useRef<HTMLElement>(null);
  // Each counter moves on a submit that found something missing; the first field said is focused.
  useFocusFirstInvalid(section, attempt + copyPlace.attempt + restorePlace.attempt);
  const backup = useSubmission<string>();
  const restore = useSubmission<string>();
  const said = (which: Missing) => (missing.includes(which) ? t(which) : null);
  const refuse = (gaps: Missing[]) => {
    setMissing(gaps);
    if (gaps.length > 0) setAttempt((count) => count + 1);
    return gaps.length > 0;
  };

  function startBackup(): void {
    const target = copyPlace.check() === 'missing' ? null : copyPlace.take();
    if (target === null) return backup.reset();
    void backup.run(async () => {
      const result = await dossier['vault.backup']({ path: target.handle });
      return t('settings.backupDone', { size: formatBytes(result.bytes, locale) });
    });
  }

  function startRestore(): void {
    const gaps: Missing[] = [];
    if (from === null) gaps.push('form.needRestoreFrom');
    if (passphrase === '') gaps.push('form.needRestorePassphrase');
    // Both are checked, so every missing field is said at once.
    const to = restorePlace.check() === 'missing' ? null : restorePlace.take();
    if (refuse(gaps) || to === null) return restore.reset();
    void restore.run(async () => {
      const result = await app['app.restore']({ from: from!.handle, passphrase, to: to.handle, overwrite: false });
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
      <SaveTargetChooser place={copyPlace} label={t('settings.backupTarget')} hint={t('settings.backupTargetHint')} missing={t('form.needBackupTarget')} />
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
      <SaveTargetChooser place={restorePlace} label={t('settings.restoreTo')} hint={t('settings.restoreToHint')} missing={t('form.needRestoreTo')} />
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
