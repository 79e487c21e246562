// The bar at the top of an unlocked vault: where you can go, and "Lock". Quick exit is separate
// (QuickExitButton), fixed in the corner so it never moves when this bar wraps.
import type { Key } from '../i18n';
import { useApp, type Route } from '../state/AppContext';

const PLACES: readonly { screen: Route['screen']; label: Key }[] = [
  { screen: 'timeline', label: 'common.navTimeline' },
  { screen: 'people', label: 'common.navPeople' },
  { screen: 'import', label: 'common.navImport' },
  { screen: 'export', label: 'common.navExport' },
  { screen: 'statement', label: 'filing.navStatement' },
  { screen: 'dates', label: 'filing.navDates' },
  { screen: 'handover', label: 'filing.navHandover' },
  { screen: 'settings', label: 'common.navSettings' },
  { screen: 'help', label: 'common.navHelp' },
];

export function AppHeader() {
  const { t, route, navigate, lock, settings } = useApp();
  const current = route.screen === 'entry' || route.screen === 'editor' ? 'timeline' : route.screen;
  return (
    <header className="app-header">
      <button type="button" className="skip-link" onClick={() => document.getElementById('screen-title')?.focus()}>
        {t('common.skipToContent')}
      </button>
      <span className="app-name">{settings.disguise ? t('common.disguiseName') : t('common.appName')}</span>
      <nav aria-label={t('common.navLabel')}>
        <ul>
          {PLACES.map((place) => (
            <li key={place.screen}>
              <button
                type="button"
                className="nav-item"
                aria-current={current === place.screen ? 'page' : undefined}
                onClick={() => navigate({ screen: place.screen } as Route)}
              >
                {t(place.label)}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="nav-item lock" onClick={lock}>
              {t('common.lock')}
            </button>
          </li>
        </ul>
      </nav>
    </header>
  );
}
