// An open vault: the top bar and the screen the route names.
import { AppHeader } from '../components/AppHeader';
import { DueDates } from '../components/DueDates';
import { IntegrityNotice } from '../components/IntegrityNotice';
import { EntryEditorScreen } from '../screens/EntryEditorScreen';
import { EntryScreen } from '../screens/EntryScreen';
import { DatesScreen } from '../screens/DatesScreen';
import { ExportScreen } from '../screens/ExportScreen';
import { HelpScreen } from '../screens/HelpScreen';
import { ImportScreen } from '../screens/ImportScreen';
import { PeopleScreen } from '../screens/PeopleScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { HandoverScreen } from '../screens/HandoverScreen';
import { StatementScreen } from '../screens/StatementScreen';
import { TimelineScreen } from '../screens/TimelineScreen';
import { useApp } from '../state/AppContext';

export function UnlockedApp() {
  const { route } = useApp();
  return (
    <>
      <AppHeader />
      <IntegrityNotice />
      <DueDates />
      {route.screen === 'timeline' && <TimelineScreen />}
      {route.screen === 'entry' && <EntryScreen key={route.id} id={route.id} />}
      {route.screen === 'editor' && <EntryEditorScreen key={route.id ?? 'new'} id={route.id} kind={route.kind} />}
      {route.screen === 'people' && <PeopleScreen />}
      {route.screen === 'import' && <ImportScreen entryId={route.entryId} />}
      {route.screen === 'export' && <ExportScreen />}
      {route.screen === 'statement' && <StatementScreen />}
      {route.screen === 'handover' && <HandoverScreen />}
      {route.screen === 'dates' && <DatesScreen />}
      {route.screen === 'settings' && <SettingsScreen />}
      {route.screen === 'help' && <HelpScreen />}
    </>
  );
}
