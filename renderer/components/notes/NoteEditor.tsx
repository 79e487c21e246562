// One note: its title and its text. Enter in the title does nothing to be seen, in every note: that
// is where the gesture lives (DisguisedApp), and it must look the same whether or not it worked.
import { useId, useState, type KeyboardEvent } from 'react';
import { useApp } from '../../state/AppContext';
import type { NoteBeingWritten } from '../../state/useNotes';

interface NoteEditorProps {
  note: NoteBeingWritten;
  saved: boolean;
  onEdit(changes: Partial<NoteBeingWritten>): void;
  /** Enter pressed in the title of a note that has no text yet. */
  onTitleEnter(title: string): void;
  onDelete?: () => void;
}

export function NoteEditor({ note, saved, onEdit, onTitleEnter, onDelete }: NoteEditorProps) {
  const { t } = useApp();
  const id = useId();
  const [asking, setAsking] = useState(false);

  function onTitleKey(event: KeyboardEvent<HTMLInputElement>): void {
    // Enter that ends an input-method composition is not "Enter".
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (note.text === '' && note.title !== '') onTitleEnter(note.title);
  }

  return (
    <section className="note-editor stack" aria-label={note.title.trim() === '' ? t('notes.untitled') : note.title}>
      <label htmlFor={`${id}-title`}>{t('notes.title')}</label>
      <input id={`${id}-title`} className="note-title" type="text" value={note.title} autoComplete="off" spellCheck={false} onChange={(event) => onEdit({ title: event.target.value })} onKeyDown={onTitleKey} />
      <label htmlFor={`${id}-text`}>{t('notes.text')}</label>
      <textarea id={`${id}-text`} rows={14} value={note.text} onChange={(event) => onEdit({ text: event.target.value })} />
      <div className="actions">
        <span className="hint" aria-live="polite">
          {saved ? t('notes.saved') : ''}
        </span>
        {onDelete !== undefined && !asking && (
          <button type="button" className="secondary" onClick={() => setAsking(true)}>
            {t('notes.deleteNote')}
          </button>
        )}
        {onDelete !== undefined && asking && (
          <span role="group" aria-label={t('notes.deleteQuestion')}>
            {t('notes.deleteQuestion')}{' '}
            <button type="button" className="secondary" onClick={onDelete}>
              {t('notes.deleteYes')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </span>
        )}
      </div>
    </section>
  );
}
