// The app's profile folder (Electron's userData: preferences, the disguise's notes, Chromium's own
// files). Its name is the same whatever the settings say, because it is chosen before any setting can
// be read, and it says nothing about the app: anyone may list ~/.config or %APPDATA%.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** The neutral name: the profile folder's, and the app's own name for the OS (app.setName). */
export const NEUTRAL_APP_NAME = 'Notebook';
/** Where Dossier 0.1 kept its profile (~/.config/Dossier, %APPDATA%\Dossier). */
const LEGACY_NAME = 'Dossier';

/** <appData>/Notebook. An old <appData>/Dossier is moved there first (same parent folder, so a rename):
 *  its settings come along and are rewritten in neutral words at the first read (preferences.ts).
 *  If the move fails (a file held open on Windows), the new folder starts fresh and the old one is
 *  left as it was: nothing of hers is deleted. */
export function profileFolder(appData: string): string {
  const folder = join(appData, NEUTRAL_APP_NAME);
  const legacy = join(appData, LEGACY_NAME);
  if (!existsSync(folder) && existsSync(legacy)) {
    try {
      renameSync(legacy, folder);
    } catch {
      // Left where it was (see above).
    }
  }
  return folder;
}
