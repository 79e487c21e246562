// Where a file is to be written (a dossier, a statement), chosen in the system's save dialog, and
// whether writing there now replaces a file. The system's dialog already asks before she picks an
// existing file (Electron: showOverwriteConfirmation; Windows and macOS always ask), so a fresh pick
// is written over; only writing AGAIN to a file this screen has written asks, once, in the page.
import { useState, type FormEvent } from 'react';
import type { PickedFile, SavePurpose } from '../../shared/fileHandles';
import { pickSaveFile } from '../api';

export type TargetCheck = 'missing' | 'ask' | 'write';
export type SaveTarget = ReturnType<typeof useSaveTarget>;

export function useSaveTarget(purpose: SavePurpose, suggestedName: string) {
  const [target, setTarget] = useState<PickedFile | null>(null);
  const [written, setWritten] = useState(false);
  const [asking, setAsking] = useState(false);
  const [missing, setMissing] = useState(false);
  // Counts the submits that found no place, so the screen moves focus to the chooser each time.
  const [attempt, setAttempt] = useState(0);

  function choose(file: PickedFile): void {
    setTarget(file);
    setWritten(false);
    setAsking(false);
    setMissing(false);
  }

  /** Before writing: is there a place, and may it be written without asking? */
  function check(): TargetCheck {
    const answer: TargetCheck = target === null ? 'missing' : written ? 'ask' : 'write';
    setMissing(answer === 'missing');
    setAsking(answer === 'ask');
    if (answer === 'missing') setAttempt((count) => count + 1);
    return answer;
  }

  return {
    purpose,
    suggestedName,
    target,
    asking,
    missing,
    attempt,
    choose,
    check,
    /** The form's submit: no place is said on the chooser, a repeat asks first, else `write`. */
    submit(event: FormEvent, busy: boolean, write: () => void): void {
      event.preventDefault();
      if (!busy && check() === 'write') write();
    },
    /** The place to write to now; her "replace" answer, if she was asked, is taken. */
    take(): PickedFile | null {
      setAsking(false);
      return target;
    },
    wrote(): void {
      setWritten(true);
    },
    /** "No, choose another name": the system's dialog again. */
    async chooseAnother(): Promise<void> {
      setAsking(false);
      const picked = await pickSaveFile(purpose, suggestedName);
      if (picked !== null) choose(picked);
    },
  };
}
