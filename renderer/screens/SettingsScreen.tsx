// Settings: language, auto-lock, disguise; the passphrase; backup and restore.
import { BackupRestore } from '../components/BackupRestore';
import { ChangePassphrase } from '../components/ChangePassphrase';
import { GeneralSettings } from '../components/GeneralSettings';
import { useApp } from '../state/AppContext';

export function SettingsScreen() {
  const { t } = useApp();
  return (
    <main className="screen narrow settings" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <GeneralSettings />
      <ChangePassphrase />
      <BackupRestore />
    </main>
  );
}
