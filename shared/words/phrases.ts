// How the shared words sit in a sentence, and the stored "who recorded it" placeholder. Apart from
// the four languages' words (index.ts), so the app's first screen does not carry all of them.
import { CHANNEL_NAMES } from './types';

const NAMES: readonly string[] = Object.values(CHANNEL_NAMES);

/** What the vault stores as "who recorded it" when nobody is named: data, not a word to print.
 *  Every reader says it in her language instead («вы» on her screen, «потерпевшая» in the dossier),
 *  and her form shows it as an empty field, never as this English phrase. */
export const DEFAULT_RECORDER = 'vault owner';


/** A label lowered to sit inside a sentence or a list ("Физическое насилие" → "физическое
 *  насилие"). A name ("Telegram") or a word with a capital inside ("SMS") is left alone. */
export function inSentence(word: string): string {
  if (NAMES.includes(word)) return word;
  const [first = '', ...rest] = word;
  const tail = rest.join('');
  if (/\p{Lu}/u.test(tail)) return word;
  return first.toLowerCase() + tail;
}

/** Several labels in one line, as a document lists them: the first as a label, the rest lowered,
 *  separated by semicolons because a term may hold a comma («лицо, совершившее насилие»). */
export function listOf(words: readonly string[]): string {
  return words.map((word, i) => (i === 0 ? word : inSentence(word))).join('; ');
}
