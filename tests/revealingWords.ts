// Words that must not show anywhere the disguise is on (before unlock), nor in the profile folder's
// name or the preferences file, in any of the four languages: stems, so every case and form counts
// (хранилище, хранилища; сховішча; сховище; доказательства, докази, доказы; насилие, насильство,
// насілле; выход, выхад, вихід).
export const REVEALING_WORDS = [
  'vault',
  'passphrase',
  'evidence',
  'violence',
  'abuse',
  'dossier',
  'exit',
  'unlock',
  'disguise',
  'хранилищ',
  'кодов',
  'кодав',
  'доказ',
  'насил',
  'насіл',
  'досье',
  'досьє',
  'дасье',
  'выход',
  'выхад',
  'вихід',
  'сховіш',
  'сховищ',
  'разблок',
  'разблак',
  'розблок',
  'маскир',
  'маскіроў',
  'маскуван',
] as const;

/** The revealing stems found in this text (any case), none if it is clean. */
export function findRevealingWords(text: string): string[] {
  const lower = text.toLowerCase();
  return REVEALING_WORDS.filter((word) => lower.includes(word));
}
