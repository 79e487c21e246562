// The passphrase rule (shared/passphraseStrength.ts): building its word lists once (when she first
// types a new passphrase, or when `dossier init` runs) and judging one passphrase as she types (the
// meter waits for a 250 ms pause, so a check should stay well under a second).
import { judgePassphrase } from '../../shared/passphraseStrength';
import { atMost, median, time, type Figure } from './figures';

const TYPED = ['Наташа1985', 'ветер лампа кислый мост', 'gfhjkm123', 'Оксана19850312', 'river lamp winter seven orchard', 'якохаютебе'];

export async function benchPassphrase(): Promise<Figure[]> {
  const first = await time(() => judgePassphrase('x'));
  const each: number[] = [];
  for (const passphrase of TYPED) each.push((await time(() => judgePassphrase(passphrase))).ms);
  return [
    atMost('passphrase_rule_first_check_ms', first.ms, 3000),
    atMost('passphrase_rule_check_median_ms', median(each), 300),
    atMost('passphrase_rule_check_max_ms', Math.max(...each), 1000),
  ];
}
