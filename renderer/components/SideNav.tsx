// Where she can go, as one column beside the content: every section and "Lock" stay in view at
// 1024×640 in the longest language (Belarusian, Ukrainian), with room for more, where a row across
// the top wrapped to two or three lines (issue 13). On a very narrow window the column becomes a
// row above the content (base.css).
import type { Key } from '../i18n';
import { useApp, type Route } from '../state/AppContext';

/** The sections, in the order she needs them. A new section is one more line here. */
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

export function SideNav() {
  const { t, route, navigate, lock } = useApp();
  const current = route.screen === 'entry' || route.screen === 'editor' ? 'timeline' : route.screen;
  // The column runs the page's whole height (its tint and edge); the list inside stays in view.
  return (
    <div className="side-column">
      <nav className="side-nav" aria-label={t('common.navLabel')}>
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
        </ul>
        <button type="button" className="nav-item lock" onClick={lock}>
          {t('common.lock')}
        </button>
      </nav>
    </div>
  );
}
