// What every screen may need: the settings and the translator, where we are, and the two ways out
// (lock, quick exit). One context, read with useApp().
import { createContext, useContext } from 'react';
import type { AppSettings } from '../../shared/appContract';
import type { EntryKind } from '../../shared/domain';
import type { PickedFile } from '../../shared/fileHandles';
import type { Translate } from '../i18n';

/** The screens of an unlocked vault. Routes live in memory only: no URL, no history on disk. */
export type Route =
  | { screen: 'timeline' }
  | { screen: 'entry'; id: string }
  | { screen: 'editor'; id?: string; kind?: EntryKind }
  | { screen: 'people' }
  | { screen: 'import'; entryId?: string }
  | { screen: 'export' }
  | { screen: 'statement' }
  | { screen: 'dates' }
  | { screen: 'handover' }
  | { screen: 'settings' }
  | { screen: 'help' };

/** The screens before unlocking. */
export type LockedRoute = 'unlock' | 'create' | 'help';
/** Why the unlock screen is showing, when it was not her own choice. */
export type LockNotice = 'idle' | 'stopped' | null;

export interface AppState {
  settings: AppSettings;
  saveSettings(changes: Partial<AppSettings>): Promise<void>;
  /** The disguise on (with her passphrase, for the open vault) or off. */
  setDisguise(on: boolean, passphrase?: string): Promise<void>;
  t: Translate;
  /** BCP 47 tag for Intl (dates, numbers) in the chosen language. */
  locale: string;
  route: Route;
  navigate(route: Route): void;
  /** The vault file that is open: its handle and name (in memory only, for the unlock screen
   *  after a lock). Never its path. */
  vault: PickedFile | null;
  lock(): void;
  quickExit(): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (state === null) throw new Error('useApp outside <AppContext>');
  return state;
}
