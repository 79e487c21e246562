// Where a file is to be written (a dossier, a statement), chosen in the system's save dialog, and
// whether writing there now replaces a file. The system's dialog already asks before she picks an
// existing file (Electron: showOverwriteConfirmation; Windows and macOS always ask), so a fresh pick
// is written over; only writing AGAIN to a file this screen has written asks, once, in the page.
import { useState } from 'react';
import type { PickedFile, SavePurpose } from '../../shared/fileHandles';
import { pickSaveFile } from '../api';

export type TargetCheck = 'missing' | 'ask' | 'write';

export function useSaveTarget(purpose: SavePurpose, suggestedName: string) {
  const [target, setTarget] = useState<PickedFile | null>(null);
  const [written, setWritten] = useState(false);
  const [asking, setAsking] = useState(false);
  const [missing, setMissing] = useState(false);

  function choose(file: PickedFile): void {
    setTarget(file);
    setWritten(false);
    setAsking(false);
    setMissing(false);
  }

  return {
    target,
    asking,
    missing,
    choose,
    /** Before writing: is there a place, and may it be written without asking? */
    check(): TargetCheck {
      const answer: TargetCheck = target === null ? 'missing' : written ? 'ask' : 'write';
      setMissing(answer === 'missing');
      setAsking(answer === 'ask');
      return answer;
    },
    /** She said yes to replacing, or the file was just written. */
    answered(): void {
      setAsking(false);
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
