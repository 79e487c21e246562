// The notes app's small menu: a new note, deleting this one, and what the app is. Nothing else.
import { useState } from 'react';
import { useApp } from '../../state/AppContext';

interface NotesMenuProps {
  onNew(): void;
  onDelete?: () => void;
}

export function NotesMenu({ onNew, onDelete }: NotesMenuProps) {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState(false);
  const pick = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  return (
    <div className="notes-menu">
      <button type="button" className="secondary" aria-haspopup="menu" aria-expanded={open} aria-controls="notes-menu-list" onClick={() => setOpen(!open)}>
        {t('notes.menu')}
      </button>
      {open && (
        <ul id="notes-menu-list" role="menu" aria-label={t('notes.menu')}>
          <li role="none">
            <button type="button" role="menuitem" onClick={pick(onNew)}>
              {t('notes.newNote')}
            </button>
          </li>
          {onDelete !== undefined && (
            <li role="none">
              <button type="button" role="menuitem" onClick={pick(onDelete)}>
                {t('notes.deleteNote')}
              </button>
            </li>
          )}
          <li role="none">
            <button type="button" role="menuitem" onClick={pick(() => setAbout(true))}>
              {t('notes.about')}
            </button>
          </li>
        </ul>
      )}
      {about && (
        <div className="notes-about" role="dialog" aria-label={t('notes.about')}>
          <p>{t('notes.aboutText')}</p>
          <button type="button" className="secondary" onClick={() => setAbout(false)}>
            {t('notes.close')}
          </button>
        </div>
      )}
    </div>
  );
}
