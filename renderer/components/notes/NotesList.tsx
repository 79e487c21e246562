// The list of her notes, newest first, and the button for a new one.
import type { Note } from '../../../shared/disguise';
import { useApp } from '../../state/AppContext';

interface NotesListProps {
  notes: Note[];
  currentId?: string;
  onOpen(note: Note): void;
  onNew(): void;
}

export function NotesList({ notes, currentId, onOpen, onNew }: NotesListProps) {
  const { t } = useApp();
  return (
    <nav className="notes-list" aria-label={t('notes.listLabel')}>
      <button type="button" className="primary" onClick={onNew}>
        {t('notes.newNote')}
      </button>
      {notes.length === 0 ? (
        <p className="hint">{t('notes.empty')}</p>
      ) : (
        <ul>
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" aria-current={note.id === currentId ? 'true' : undefined} onClick={() => onOpen(note)}>
                <strong>{note.title.trim() === '' ? t('notes.untitled') : note.title}</strong>
                <span>{note.text.slice(0, 80)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
