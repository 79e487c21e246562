// A copy of the vault for a USB stick (as strongly encrypted as the vault itself, same passphrase),
// and bringing such a copy back as a vault file (through the throttled app.restore: the backup's
// passphrase can be guessed there as much as at unlock). Files are chosen in the system's dialogs.
import { useState } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { app, dossier } from '../api';
import { DossierError } from '../../shared/errors';
import { formatBytes } from '../i18n/format';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';
import { FileChooser } from './FileChooser';
import { StatusNote } from './StatusNote';
import { TextField } from './TextField';

export function BackupRestore() {
  const { t, locale } = useApp();
  const [target, setTarget] = useState<PickedFile | null>(null);
  const [from, setFrom] = useState<PickedFile | null>(null);
  const [to, setTo] = useState<PickedFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(work: () => Promise<string>): Promise<void> {
    setError(null);
    setDone(null);
    try {
      setDone(await work());
    } catch (caught) {
      setError(caught);
    }
  }

  const backup = () =>
    run(async () => {
      if (target === null) throw new DossierError('INVALID_INPUT');
      const result = await dossier['vault.backup']({ path: target.handle });
      return t('settings.backupDone', { size: formatBytes(result.bytes, locale) });
    });
  const restore = () =>
    run(async () => {
      if (from === null || to === null) throw new DossierError('INVALID_INPUT');
      const result = await app['app.restore']({ from: from.handle, passphrase, to: to.handle, overwrite: false });
      setPassphrase('');
      return t('settings.restoreDone', { count: result.entries });
    });

  return (
    <section className="stack" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backup')}</h2>
      <p className="hint">{t('settings.backupHint')}</p>
      <FileChooser label={t('settings.backupTarget')} hint={t('settings.backupTargetHint')} save="backup" suggestedName="notes-copy.dossier" chosen={target} onChosen={setTarget} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void backup()}>
          {t('settings.backupButton')}
        </button>
      </div>
      <h2>{t('settings.restore')}</h2>
      <p className="hint">{t('settings.restoreHint')}</p>
      <FileChooser label={t('settings.restoreFrom')} hint={t('settings.restoreFromHint')} open="restore-from" chosen={from} onChosen={setFrom} />
      <TextField type="password" label={t('settings.restorePassphrase')} value={passphrase} onChange={setPassphrase} />
      <FileChooser label={t('settings.restoreTo')} hint={t('settings.restoreToHint')} save="restore-to" suggestedName="notes.dat" chosen={to} onChosen={setTo} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void restore()}>
          {t('settings.restoreButton')}
        </button>
      </div>
      <ErrorNote error={error} />
      <StatusNote>{done}</StatusNote>
    </section>
  );
}
