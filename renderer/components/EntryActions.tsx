// The entry form's action bar: Save (with its shortcut said beside it), back, throw away, and what
// happened to the draft. It stays at the bottom of the window while she scrolls (entry.css), so
// Save is never eight wheel notches away; a failed save is said here, beside the button.
import { DossierError } from '../../shared/errors';
import type { DraftSaveState } from '../state/drafts';
import { useApp } from '../state/AppContext';
import { DiscardDraft } from './DiscardDraft';
import { ErrorNote } from './ErrorNote';
import { StatusNote } from './StatusNote';

interface EntryActionsProps {
  busy: boolean;
  kept: DraftSaveState | null;
  error: unknown;
  /** A problem that belongs to no single field. */
  problem: string | undefined;
  onBack(): void;
  onDiscard(): void;
}

const onMac = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function EntryActions({ busy, kept, error, problem, onBack, onDiscard }: EntryActionsProps) {
  const { t } = useApp();
  return (
    <div className="actions sticky-actions entry-actions">
      <div className="entry-actions-row">
        <button type="submit" className="primary" disabled={busy} aria-describedby="save-shortcut" aria-keyshortcuts="Control+Enter Meta+Enter">
          {busy ? t('common.saving') : t('entry.save')}
        </button>
        <span id="save-shortcut" className="hint shortcut">
          {onMac() ? t('form.saveShortcutMac') : t('form.saveShortcut')}
        </span>
        <button type="button" className="secondary" onClick={onBack}>
          {t('entry.back')}
        </button>
        <DiscardDraft onDiscard={onDiscard} />
        <StatusNote>{kept === 'saved' ? t('entry.draftSaved') : null}</StatusNote>
      </div>
      {problem && (
        <p className="note note-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorNote error={error} />
      {kept === 'tooLarge' && <ErrorNote error={new DossierError('DRAFT_TOO_LARGE')} />}
    </div>
  );
}
