// The screens of an open vault, each loaded when first shown (React.lazy): the first screen
// (unlock, or a new vault) then loads only its own code, and the rest comes in the background
// once it is on screen (preloadUnlockedScreens). Everything is a local file; nothing is fetched.
import { lazy } from 'react';

const load = {
  unlocked: () => import('./UnlockedApp'),
  timeline: () => import('../screens/TimelineScreen'),
  listAndDetail: () => import('../screens/ListAndDetail'),
  entry: () => import('../screens/EntryScreen'),
  editor: () => import('../screens/EntryEditorScreen'),
  people: () => import('../screens/PeopleScreen'),
  import: () => import('../screens/ImportScreen'),
  export: () => import('../screens/ExportScreen'),
  statement: () => import('../screens/StatementScreen'),
  handover: () => import('../screens/HandoverScreen'),
  dates: () => import('../screens/DatesScreen'),
  settings: () => import('../screens/SettingsScreen'),
};

export const UnlockedApp = lazy(() => load.unlocked().then((m) => ({ default: m.UnlockedApp })));
export const TimelineScreen = lazy(() => load.timeline().then((m) => ({ default: m.TimelineScreen })));
export const ListAndDetail = lazy(() => load.listAndDetail().then((m) => ({ default: m.ListAndDetail })));
export const EntryScreen = lazy(() => load.entry().then((m) => ({ default: m.EntryScreen })));
export const EntryEditorScreen = lazy(() => load.editor().then((m) => ({ default: m.EntryEditorScreen })));
export const PeopleScreen = lazy(() => load.people().then((m) => ({ default: m.PeopleScreen })));
export const ImportScreen = lazy(() => load.import().then((m) => ({ default: m.ImportScreen })));
export const ExportScreen = lazy(() => load.export().then((m) => ({ default: m.ExportScreen })));
export const StatementScreen = lazy(() => load.statement().then((m) => ({ default: m.StatementScreen })));
export const HandoverScreen = lazy(() => load.handover().then((m) => ({ default: m.HandoverScreen })));
export const DatesScreen = lazy(() => load.dates().then((m) => ({ default: m.DatesScreen })));
export const SettingsScreen = lazy(() => load.settings().then((m) => ({ default: m.SettingsScreen })));

let preloading = false;

/** Loads every screen of an open vault while she types her passphrase, so that no screen waits for
 *  its code later. Called once the first screen is drawn. */
export function preloadUnlockedScreens(): void {
  if (preloading) return;
  preloading = true;
  const start = () => {
    for (const screen of Object.values(load)) void screen().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
