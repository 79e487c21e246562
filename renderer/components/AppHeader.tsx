// The bar at the top of an unlocked vault: the skip link and the app's name. Its right end is the
// quick-exit slot (QuickExitButton sits there on every screen, locked or not), and the bar stays at
// the top while the page scrolls beneath it, so nothing she can click ever slides under quick exit.
// Where she can go is the side bar beside the content (SideNav).
import { useApp } from '../state/AppContext';

export function AppHeader() {
  const { t, settings } = useApp();
  return (
    <header className="app-header">
      <button type="button" className="skip-link" onClick={() => document.getElementById('screen-title')?.focus()}>
        {t('common.skipToContent')}
      </button>
      <span className="app-name">{settings.disguise ? t('common.disguiseName') : t('common.appName')}</span>
    </header>
  );
}
