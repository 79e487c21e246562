// The passphrase rule of shared/passphraseStrength.ts (the same one the CLI applies), loaded only
// when a passphrase is being chosen: its word lists are large and the unlock screen must appear at once.
import type { PassphraseVerdict } from '../../shared/passphraseStrength';

export type { PassphraseVerdict };
export { MIN_LENGTH } from '../../shared/passphraseLimits';

let loading: Promise<typeof import('../../shared/passphraseStrength')> | null = null;

/** The verdict on a passphrase she is choosing: a score for the meter and whether it is accepted. */
export function judgePassphrase(passphrase: string): Promise<PassphraseVerdict> {
  loading ??= import('../../shared/passphraseStrength');
  return loading.then((rule) => rule.judgePassphrase(passphrase));
}
