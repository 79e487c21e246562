// The one passphrase rule, used by the UI (while she chooses or changes it) and by the CLI (`dossier
// init`, `dossier passphrase`). It applies to choosing a passphrase, never to opening a vault: a
// vault made with a weaker one still opens.
//
// zxcvbn-ts estimates how many guesses an attacker needs, trying dictionary words, names, keyboard
// rows, dates and years, repeats and sequences first. Its own lists are English; this adds Russian,
// Ukrainian and Belarusian words and first names and common Cyrillic passwords, and judges every way
// the same passphrase may have been typed (passphraseVariants.ts), keeping the weakest reading.
// Why this matters: the vault key is Argon2id at ~3-4 guesses a second per core, so anything in the
// first ~10^8 guesses of a list falls to a patient attacker with a few machines.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { DossierError } from './errors';
import { MIN_LENGTH, MIN_SCORE } from './passphraseLimits';
import { layoutVariants, transliterate } from './passphraseVariants';
import { BELARUSIAN_NAMES, BELARUSIAN_WORDS } from './passphraseWords/belarusian';
import { CYRILLIC_PASSWORDS } from './passphraseWords/cyrillicPasswords';
import { RUSSIAN_NAMES, RUSSIAN_WORDS } from './passphraseWords/russian';
import { UKRAINIAN_NAMES, UKRAINIAN_WORDS } from './passphraseWords/ukrainian';

export { MIN_LENGTH, MIN_SCORE };

export interface PassphraseVerdict {
  /** 0 (very weak) to 4 (strong), the weakest of every reading of it. */
  score: number;
  strongEnough: boolean;
}

const words = (list: string) => list.split(' ').filter((w) => w !== '');
/** How many words of each list also go in Latin letters: the likeliest ones. */
const TRANSLITERATED = 20_000;

let checker: ZxcvbnFactory | null = null;

function build(): ZxcvbnFactory {
  const passwords = words(CYRILLIC_PASSWORDS);
  const names = [...words(RUSSIAN_NAMES), ...words(BELARUSIAN_NAMES), ...words(UKRAINIAN_NAMES)];
  const vocabulary = [...words(RUSSIAN_WORDS), ...words(BELARUSIAN_WORDS), ...words(UKRAINIAN_WORDS)];
  const latin = (list: string[]) => list.slice(0, TRANSLITERATED).flatMap(transliterate);
  return new ZxcvbnFactory({
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      cyrillicPasswords: passwords,
      cyrillicPasswordsLatin: passwords.flatMap(transliterate),
      cyrillicNames: names,
      cyrillicNamesLatin: latin(names),
      cyrillicWords: vocabulary,
      cyrillicWordsLatin: latin(vocabulary),
    },
    graphs: common.adjacencyGraphs,
  });
}

/** Builds the word lists once (a few hundred milliseconds); later checks take milliseconds. */
export function judgePassphrase(passphrase: string): PassphraseVerdict {
  checker ??= build();
  const zxcvbn = checker;
  const score = Math.min(...[passphrase, ...layoutVariants(passphrase)].map((reading) => zxcvbn.check(reading).score));
  return { score, strongEnough: score >= MIN_SCORE && [...passphrase].length >= MIN_LENGTH };
}

/** For the CLI: refuses a weak new passphrase with WEAK_PASSPHRASE, which says what to do instead. */
export function requireStrongPassphrase(passphrase: string): void {
  if (!judgePassphrase(passphrase).strongEnough) throw new DossierError('WEAK_PASSPHRASE', { minLength: MIN_LENGTH });
}
