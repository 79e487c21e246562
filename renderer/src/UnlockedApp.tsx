// An open vault: the top bar (with the quick-exit slot), the sections beside the content, and the
// screen the route names. On a wide window the timeline and the chosen entry share the screen.
import { Suspense, useEffect, useRef } from 'react';
import { AppHeader } from '../components/AppHeader';
import { DueDates } from '../components/DueDates';
import { IntegrityNotice } from '../components/IntegrityNotice';
import { SideNav } from '../components/SideNav';
import { HelpScreen } from '../screens/HelpScreen';
import { useApp, type Route } from '../state/AppContext';
import { useWideWindow } from '../state/useWideWindow';
import {
  DatesScreen,
  EntryEditorScreen,
  EntryScreen,
  ExportScreen,
  HandoverScreen,
  ImportScreen,
  ListAndDetail,
  PeopleScreen,
  SettingsScreen,
  StatementScreen,
  TimelineScreen,
} from './lazyScreens';

export function UnlockedApp() {
  const { route } = useApp();
  const wide = useWideWindow();
  const side = wide && (route.screen === 'timeline' || route.screen === 'entry');
  const visit = useVisit(side ? 'list' : route.screen);
  return (
    <div className="app-shell">
      <AppHeader />
      <SideNav />
      <div className="app-content">
        <IntegrityNotice />
        <DueDates />
        <Suspense fallback={null} key={visit}>
          <FocusTitle route={route} />
          {side ? <ListAndDetail entryId={route.screen === 'entry' ? route.id : undefined} /> : <CurrentScreen route={route} />}
        </Suspense>
      </div>
    </div>
  );
}

/** A number that changes each time she goes to another screen. A screen still loading its code
 *  (React.lazy) keeps the one before it on the page, hidden, not unmounted; going straight back would
 *  then show that old screen with what it read before (a timeline without the entries added since).
 *  Keyed by this, every visit draws its screen anew and reads the vault again. */
function useVisit(page: string): number {
  const last = useRef({ page, visit: 0 });
  if (last.current.page !== page) last.current = { page, visit: last.current.visit + 1 };
  return last.current.visit;
}

function CurrentScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'timeline':
      return <TimelineScreen />;
    case 'entry':
      return <EntryScreen key={route.id} id={route.id} />;
    case 'editor':
      return <EntryEditorScreen key={route.id ?? 'new'} id={route.id} kind={route.kind} />;
    case 'people':
      return <PeopleScreen />;
    case 'import':
      return <ImportScreen entryId={route.entryId} />;
    case 'export':
      return <ExportScreen />;
    case 'statement':
      return <StatementScreen />;
    case 'handover':
      return <HandoverScreen />;
    case 'dates':
      return <DatesScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'help':
      return <HelpScreen />;
  }
}

/** The app moves focus to each new screen's title (App.tsx); a screen whose code was still loading
 *  then had no title yet. This runs once the screen is drawn, inside the same Suspense. */
function FocusTitle({ route }: { route: Route }) {
  useEffect(() => {
    document.getElementById('screen-title')?.focus();
  }, [route]);
  return null;
}
