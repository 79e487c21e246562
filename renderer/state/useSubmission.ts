// One action of a form, started by one button: busy while it runs, then either what it achieved
// or the error, both shown next to that button (issue 13: feedback where the eye is). Export,
// statement and backup each had their own copy of this.
import { useState } from 'react';

export interface Submission<T> {
  busy: boolean;
  error: unknown;
  done: T | null;
  /** Runs `work` unless already running; a new run clears what the last one said. */
  run(work: () => Promise<T>): Promise<void>;
  /** Forgets the last result (e.g. when she changes what the action would act on). */
  reset(): void;
}

export function useSubmission<T>(): Submission<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<T | null>(null);
  async function run(work: () => Promise<T>): Promise<void> {
    if (busy) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await work());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return {
    busy,
    error,
    done,
    run,
    reset: () => {
      setError(null);
      setDone(null);
    },
  };
}
