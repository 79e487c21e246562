// Before the vault is open: unlock, make a new vault, or read the help (safety tips included).
import type { PickedFile } from '../../shared/fileHandles';
import { LanguagePicker } from '../components/LanguagePicker';
import { CreateVaultScreen } from '../screens/CreateVaultScreen';
import { HelpScreen } from '../screens/HelpScreen';
import { UnlockScreen } from '../screens/UnlockScreen';
import { useApp, type LockedRoute, type LockNotice } from '../state/AppContext';

interface LockedAppProps {
  route: LockedRoute;
  onRoute(route: LockedRoute): void;
  onUnlocked(vault: PickedFile): void;
  notice: LockNotice;
}

export function LockedApp({ route, onRoute, onUnlocked, notice }: LockedAppProps) {
  const { t } = useApp();
  return (
    <>
      <header className="app-header locked">
        <LanguagePicker />
        {route !== 'help' ? (
          <button type="button" className="link" onClick={() => onRoute('help')}>
            {t('common.navHelp')}
          </button>
        ) : (
          <button type="button" className="link" onClick={() => onRoute('unlock')}>
            {t('vault.backToUnlock')}
          </button>
        )}
      </header>
      {route === 'unlock' && <UnlockScreen onUnlocked={onUnlocked} onCreate={() => onRoute('create')} notice={notice} />}
      {route === 'create' && <CreateVaultScreen onCreated={onUnlocked} onBack={() => onRoute('unlock')} />}
      {route === 'help' && <HelpScreen />}
    </>
  );
}
