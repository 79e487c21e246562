// The disguise's methods (shared/disguise.ts, appMethods): its harmless notes, the gesture that opens
// the vault from a note's title, and turning it on and off. How the gesture knows which vault: when
// she turns the disguise on (unlocked, with her passphrase, checked against the open vault) the
// vault's location is sealed under that passphrase into the preferences (notebookSeal.ts); the
// gesture opens the seal with what she typed, and only then the vault.
import { resolve } from 'node:path';
import type { AppApi, AppSettings } from '../shared/appContract';
import type { DossierApi } from '../shared/contract';
import { DossierError, isDossierError } from '../shared/errors';
import { issuePicked } from './appFiles';
import { notesFile } from './disguiseNotes';
import type { FileHandles } from './fileHandles';
import { openLocation, sealLocation } from './notebookSeal';
import type { Preferences } from './preferences';
import type { UnlockWait } from './unlockWait';

export interface DisguiseOptions {
  service: Pick<DossierApi, 'vault.open' | 'vault.checkPassphrase'>;
  files: FileHandles;
  notesFile: string;
  preferences(): Preferences;
  update(changes: Partial<Preferences>): Preferences;
  wait: UnlockWait;
  now(): number;
  /** The disguise was turned on or off: forget any remembered vault, tell the window. */
  applied(settings: AppSettings): void;
}

type DisguiseApi = Pick<AppApi, 'app.notes' | 'app.saveNote' | 'app.deleteNote' | 'app.unlockDisguised' | 'app.setDisguise'>;

export function disguiseHandlers(options: DisguiseOptions): DisguiseApi {
  const notes = notesFile(options.notesFile, options.now);

  function setDisguise(on: boolean, session: string | null): AppSettings {
    const next = options.update({ settings: { ...options.preferences().settings, disguise: on }, session });
    options.applied(next.settings);
    return next.settings;
  }

  return {
    'app.notes': async () => notes.list(),
    'app.saveNote': async (draft) => notes.save(draft),
    'app.deleteNote': async ({ id }) => {
      notes.remove(id);
      return {};
    },
    'app.unlockDisguised': async ({ passphrase }) => {
      const { settings, session } = options.preferences();
      let sealOpened = false;
      try {
        return await options.wait.throttled(async () => {
          const path = settings.disguise && session !== null ? await openLocation(session, passphrase) : null;
          if (path === null) throw new DossierError('WRONG_PASSPHRASE');
          sealOpened = true;
          // The handle first: a file that is not there is said before the vault is opened behind it.
          const vault = issuePicked(options.files, path, 'vault');
          return { vault, info: await options.service['vault.open']({ path, passphrase }) };
        });
      } catch (error) {
        const wrong = isDossierError(error) && error.code === 'WRONG_PASSPHRASE';
        // A wrong passphrase, or a try during the wait, looks like nothing happened: no error to show.
        if (wrong && !sealOpened) return null;
        // The seal opened but the vault refused: its passphrase was changed elsewhere (the command
        // line). The disguise could never open it again, so it goes off, and the page shows the
        // ordinary unlock screen: only someone who knows her passphrase gets this far.
        if (wrong) setDisguise(false, null);
        // Past the seal it was her: a missing stick or a damaged file is said plainly.
        throw error;
      }
    },
    'app.setDisguise': async ({ on, passphrase, path }) => {
      if (!on) return setDisguise(false, null);
      if (passphrase === undefined || path === undefined) throw new DossierError('INVALID_INPUT', { field: 'passphrase' });
      await options.wait.throttled(async () => {
        const { matches } = await options.service['vault.checkPassphrase']({ passphrase });
        if (!matches) throw new DossierError('WRONG_PASSPHRASE');
      });
      return setDisguise(true, await sealLocation(resolve(path), passphrase));
    },
  };
}
