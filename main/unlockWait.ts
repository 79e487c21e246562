// The growing wait after wrong passphrases (unlockDelayMs), counted across unlock, restore, the
// disguise's gesture and turning the disguise on: each is a way to guess one. The count lives in the
// preferences file (as a plain "retry" count and time), so quitting and starting the app again does
// not reset it, and it says nothing a notes app's preferences would not.
import { unlockDelayMs } from '../shared/appContract';
import { DossierError, isDossierError } from '../shared/errors';
import type { RetryCount } from './preferences';

export interface UnlockWaitStore {
  read(): RetryCount;
  write(retry: RetryCount): void;
}

export interface UnlockWait {
  state(): { failures: number; waitMs: number };
  /** Refuses without trying while the wait lasts; counts WRONG_PASSPHRASE, resets on success. */
  throttled<T>(attempt: () => Promise<T>): Promise<T>;
}

export function unlockWait(disk: UnlockWaitStore, now: () => number): UnlockWait {
  // A profile that cannot be written (read-only, full) must not lift the wait: kept in memory then.
  let unsaved: RetryCount | null = null;
  const store: UnlockWaitStore = {
    read: () => unsaved ?? disk.read(),
    write: (retry) => {
      try {
        disk.write(retry);
        unsaved = null;
      } catch {
        unsaved = retry;
      }
    },
  };
  function state(): { failures: number; waitMs: number } {
    const { count, at } = store.read();
    const delay = unlockDelayMs(count);
    // Never longer than the delay itself: a clock set back must not lock her out for days.
    return { failures: count, waitMs: Math.round(Math.min(delay, Math.max(0, at + delay - now()))) };
  }
  return {
    state,
    async throttled(attempt) {
      const before = state();
      // The passphrase is not even looked at until the wait is over.
      if (before.waitMs > 0) throw new DossierError('WRONG_PASSPHRASE', before);
      try {
        const result = await attempt();
        if (before.failures !== 0) store.write({ count: 0, at: 0 });
        return result;
      } catch (error) {
        if (isDossierError(error) && error.code === 'WRONG_PASSPHRASE') {
          store.write({ count: store.read().count + 1, at: now() });
          throw new DossierError('WRONG_PASSPHRASE', state());
        }
        throw error;
      }
    },
  };
}
