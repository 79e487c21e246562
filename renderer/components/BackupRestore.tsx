// A copy of the vault for a USB stick (as strongly encrypted as the vault itself, same passphrase),
// and bringing such a copy back as a vault file.
import { useState } from 'react';
import { dossier } from '../api';
import { formatBytes } from '../i18n/format';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';
import { PathField } from './PathField';
import { StatusNote } from './StatusNote';
import { TextField } from './TextField';

export function BackupRestore() {
  const { t, locale } = useApp();
  const [target, setTarget] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
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
      const result = await dossier['vault.backup']({ path: target.trim() });
      return t('settings.backupDone', { size: formatBytes(result.bytes, locale) });
    });
  const restore = () =>
    run(async () => {
      const result = await dossier['vault.restore']({ from: from.trim(), passphrase, to: to.trim(), overwrite: false });
      setPassphrase('');
      return t('settings.restoreDone', { count: result.entries });
    });

  return (
    <section className="stack" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('settings.backup')}</h2>
      <p className="hint">{t('settings.backupHint')}</p>
      <PathField label={t('settings.backupTarget')} hint={t('settings.backupTargetHint')} value={target} onChange={setTarget} purpose="backup" />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void backup()}>
          {t('settings.backupButton')}
        </button>
      </div>
      <h2>{t('settings.restore')}</h2>
      <p className="hint">{t('settings.restoreHint')}</p>
      <PathField label={t('settings.restoreFrom')} hint={t('settings.restoreFromHint')} value={from} onChange={setFrom} purpose="restore-from" />
      <TextField type="password" label={t('settings.restorePassphrase')} value={passphrase} onChange={setPassphrase} />
      <PathField label={t('settings.restoreTo')} hint={t('settings.restoreToHint')} value={to} onChange={setTo} purpose="restore-to" />
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
