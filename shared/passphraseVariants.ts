// The other ways the same weak passphrase is written, so the strength rule judges what was meant
// rather than the letters typed:
// - Cyrillic typed with the keyboard left on the Latin layout ("gfhjkm" is "пароль" on ЙЦУКЕН), and
//   Latin typed on the Cyrillic layout ("йцукен" is "qwerty": the ЙЦУКЕН rows become the QWERTY rows
//   that zxcvbn's keyboard graphs know, so no second graph is needed);
// - Cyrillic written in Latin letters ("parol", "natasha"): see transliterate() and how
//   passphraseStrength.ts adds the Latin spelling of names and common passwords to its lists.
// Pure string work, no dictionaries here.

const LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const RUSSIAN_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё';
// The Ukrainian and Belarusian layouts differ from the Russian one on a few keys only.
const UKRAINIAN_KEYS: Record<string, string> = { s: 'і', ']': 'ї', "'": 'є', '`': "'" };
const BELARUSIAN_KEYS: Record<string, string> = { o: 'ў', b: 'і', ']': "'" };

function layoutMap(overrides: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < LATIN_KEYS.length; i += 1) map.set(LATIN_KEYS[i]!, overrides[LATIN_KEYS[i]!] ?? RUSSIAN_KEYS[i]!);
  return map;
}

const LATIN_TO_CYRILLIC = [layoutMap({}), layoutMap(UKRAINIAN_KEYS), layoutMap(BELARUSIAN_KEYS)];
const CYRILLIC_TO_LATIN = new Map<string, string>();
for (const map of LATIN_TO_CYRILLIC) for (const [latin, cyrillic] of map) if (!CYRILLIC_TO_LATIN.has(cyrillic)) CYRILLIC_TO_LATIN.set(cyrillic, latin);

function retype(text: string, map: Map<string, string>): string {
  let out = '';
  for (const char of text.toLowerCase()) out += map.get(char) ?? char;
  return out;
}

/** The passphrase as it would read had the other keyboard layout been on, without duplicates. */
export function layoutVariants(passphrase: string): string[] {
  const variants = new Set<string>();
  if (/[a-z[\];',.`]/i.test(passphrase)) for (const map of LATIN_TO_CYRILLIC) variants.add(retype(passphrase, map));
  if (/[\u0400-\u04ff]/.test(passphrase)) variants.add(retype(passphrase, CYRILLIC_TO_LATIN));
  variants.delete(passphrase.toLowerCase());
  return [...variants];
}

// The two spellings most people use when they write Russian, Belarusian or Ukrainian in Latin
// letters: the everyday one ("natasha", "parol") and the one with j ("ljubov", "kharkiv"). Soft and
// hard signs and apostrophes are dropped, as they are in practice.
const EVERYDAY: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'h',
  ц: 'c', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', "'": '',
};
const WITH_J: Record<string, string> = { ...EVERYDAY, й: 'j', ю: 'ju', я: 'ja', є: 'je', х: 'kh', ц: 'ts', щ: 'shch', ё: 'jo' };

export function transliterate(word: string): string[] {
  const spell = (table: Record<string, string>) => [...word.toLowerCase()].map((c) => table[c] ?? c).join('');
  return [...new Set([spell(EVERYDAY), spell(WITH_J)])];
}
