// The disguise: while the vault is locked, an ordinary notes app that works (her harmless notes are
// kept, main/disguiseNotes.ts). Nothing here names the vault, and nothing shows whether a title was
// her passphrase: the gesture (Enter in the title of a note with no text yet) asks the main process
// in the background; only the right passphrase changes the screen, to the unlocked vault. A wrong one,
// or one during the unlock wait, answers null and the page does nothing at all. An error is shown
// only once her passphrase was recognised (the stick with the vault not there, say).
import { useState } from 'react';
import type { PickedFile } from '../../shared/fileHandles';
import { app, toDossierError } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { LanguagePicker } from '../components/LanguagePicker';
import { NoteEditor } from '../components/notes/NoteEditor';
import { NotesList } from '../components/notes/NotesList';
import { NotesMenu } from '../components/notes/NotesMenu';
import { useApp } from '../state/AppContext';
import { useNotes } from '../state/useNotes';
import './notes.css';

interface DisguisedAppProps {
  onUnlocked(vault: PickedFile): void;
  /** The main process turned the disguise off (the vault's passphrase changed elsewhere). */
  onDisguiseGone(): void;
}

export function DisguisedApp({ onUnlocked, onDisguiseGone }: DisguisedAppProps) {
  const { t } = useApp();
  const notes = useNotes();
  const [error, setError] = useState<unknown>(null);
  const current = notes.current;
  const remove = current?.id === undefined ? undefined : () => void notes.remove(current.id!);

  function tryTitle(title: string): void {
    app['app.unlockDisguised']({ passphrase: title }).then(
      (opened) => {
        if (opened !== null) onUnlocked(opened.vault);
      },
      (caught: unknown) => {
        if (toDossierError(caught).code === 'WRONG_PASSPHRASE') onDisguiseGone();
        else setError(caught);
      },
    );
  }

  return (
    <>
      <header className="app-header locked">
        <h1 id="screen-title" tabIndex={-1} className="app-name">
          {t('common.disguiseName')}
        </h1>
        <NotesMenu onNew={() => notes.open({ title: '', text: '' })} onDelete={remove} />
        <LanguagePicker />
      </header>
      <main className="notes-app" aria-labelledby="screen-title">
        <NotesList notes={notes.notes} currentId={current?.id} onOpen={(note) => notes.open(note)} onNew={() => notes.open({ title: '', text: '' })} />
        <div className="notes-page">
          <ErrorNote error={error ?? notes.error} />
          {current === null ? (
            <p className="hint">{t('notes.chooseNote')}</p>
          ) : (
            <NoteEditor note={current} saved={notes.saved} onEdit={notes.edit} onTitleEnter={tryTitle} onDelete={remove} />
          )}
        </div>
      </main>
    </>
  );
}
