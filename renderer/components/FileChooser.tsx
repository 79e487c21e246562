// A file she chooses (or a place to write one): a "Choose…" button that opens the operating system's
// own dialog, and the chosen file's name. Never a path: the page holds only an opaque handle
// (shared/fileHandles.ts), so it can read or write nothing she did not choose.
import { useId, useState } from 'react';
import type { OpenPurpose, PickedFile, SavePurpose } from '../../shared/fileHandles';
import { pickFile, pickSaveFile } from '../api';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';
import { FieldError, describedBy } from './FieldError';

type Direction = { open: OpenPurpose; save?: never; suggestedName?: never } | { save: SavePurpose; suggestedName?: string; open?: never };

type FileChooserProps = Direction & {
  label: string;
  hint?: string;
  chosen: PickedFile | null;
  onChosen(file: PickedFile): void;
  /** The button's text, when "Choose…" is not the clearest ("Add a file…"). */
  buttonText?: string;
  /** What is missing or wrong ("First choose where…"), said under the button, which then takes focus. */
  problem?: string | null;
};

export function FileChooser({ label, hint, chosen, onChosen, buttonText, problem, ...direction }: FileChooserProps) {
  const { t } = useApp();
  const id = useId();
  const [error, setError] = useState<unknown>(null);

  async function choose(): Promise<void> {
    setError(null);
    try {
      const picked = direction.open !== undefined ? await pickFile(direction.open) : await pickSaveFile(direction.save, direction.suggestedName);
      if (picked !== null) onChosen(picked);
    } catch (caught) {
      // A folder, a file over the limit, a file gone: said here, next to the button.
      setError(caught);
    }
  }

  return (
    <div className="file-chooser" role="group" aria-labelledby={`${id}-label`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <span id={`${id}-label`} className="label">
        {label}
      </span>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <div className="row">
        {/* A button cannot be aria-invalid; data-invalid lets the form focus it, and the problem
            describes it. */}
        <button type="button" className="secondary" onClick={() => void choose()} data-invalid={problem ? 'true' : undefined} aria-describedby={describedBy(problem && `${id}-problem`)}>
          {buttonText ?? t('common.choose')}
        </button>
        <span className="file-name" aria-live="polite">
          {chosen?.name ?? t('common.noFileChosen')}
        </span>
      </div>
      <FieldError id={`${id}-problem`} message={problem} />
      <ErrorNote error={error} />
    </div>
  );
}
