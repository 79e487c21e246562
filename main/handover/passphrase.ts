// The hand-over passphrase: made fresh for each hand-over, to be read aloud or written on paper.
// 24 characters of Crockford's base32 (no i, l, o, u: nothing to mistake for 1, 0 or v when read
// aloud or written by hand) in six groups of four: 120 random bits, far beyond guessing even with
// scrypt's cost per guess removed. The age file is sealed with exactly this text (dashes included),
// so `age -d` needs it typed as shown; `dossier open-handover` also forgives case, spaces and the
// look-alikes (o → 0, i and l → 1).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const GROUPS = 6;
const GROUP_LENGTH = 4;

export function newHandoverPassphrase(): string {
  // 256 is a multiple of 32, so each byte's low five bits are a uniform choice.
  const bytes = randomBytes(GROUPS * GROUP_LENGTH);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]!);
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i += 1) groups.push(chars.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** What the lawyer typed, in the form the file was sealed with when it is one of ours; otherwise
 *  as typed (a file sealed by someone else with their own passphrase). */
export function handoverPassphraseAsSealed(typed: string): string {
  const squeezed = typed
    .toLowerCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  if (squeezed.length !== GROUPS * GROUP_LENGTH || [...squeezed].some((c) => !ALPHABET.includes(c))) return typed;
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i += 1) groups.push(squeezed.slice(i * GROUP_LENGTH, (i + 1) * GROUP_LENGTH));
  return groups.join('-');
}
