// The street in an address, as she would write it in a sentence (issue 9, item 3): the record says
// «ул. Тихая, д. 7», she writes «он ждал у дома на Тихой» or «на Сурганова». So besides the address
// whole and in parts, a redaction removes each street's bare name — the kind of street (ru, be, uk,
// full or cut short, before or after) and a trailing house number taken off — and, where the name
// is an adjective («Тихая», «Заречный», «Садова»), its other cases. Adjectives decline by a few
// regular endings; a name library (lvovich, shevchenko) declines people's names, not streets. An
// extra form only ever removes more: a word that merely looks like one becomes «[удалено]» too.

const STREET_KIND = '(?:ул|улица|вул|вуліца|вулиця|пр|пр-т|просп|проспект|праспект|пер|переулок|пров|провулок|завулак|пл|площадь|плошча|площа|б-р|бул|бульвар|ш|шоссе|шаша|шосе|наб|набережная|набярэжная|набережна|тракт|мкр|микрорайон|мікрараён|мікрорайон|пр-д|проезд|тупик|аллея|алея)\\.?';
const KIND_FIRST = new RegExp(`^${STREET_KIND}\\s+`, 'iu');
const KIND_LAST = new RegExp(`\\s+${STREET_KIND}$`, 'iu');
/** A house number written on after the street ("проспект Независимости 44а"). */
const HOUSE_LAST = /\s+(?:д\.\s*)?\d[\d\p{L}/-]*$/u;

/** Adjective endings of the nominative and the endings of the other cases, Russian, Belarusian and
 *  Ukrainian together (the longest ending that fits is used). */
const ADJECTIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ая', ['ой', 'ою', 'ую', 'ай', 'аю']], // ru, be: Тихая → Тихой, Тихую; be Ціхая → Ціхай
  ['яя', ['ей', 'ею', 'юю', 'яй', 'яю']], // ru, be: Верхняя → Верхней
  ['ый', ['ого', 'ому', 'ым', 'ом', 'ага', 'аму']], // ru, be: Заречный → Заречном; be Зарэчны(й)
  ['ой', ['ого', 'ому', 'ым', 'им', 'ом']], // ru: Полевой → Полевом
  ['ий', ['его', 'ему', 'им', 'ем', 'ого', 'ому', 'ом', 'ім']], // ru Широкий, Синий; uk Широкий → Широкому, Широкім
  ['ій', ['ього', 'ьому', 'ім']], // uk: Верхній → Верхньому
  ['ое', ['ого', 'ому', 'ым', 'ом']], // ru: Садовое (кольцо)
  ['ее', ['его', 'ему', 'им', 'ем']],
  ['ы', ['ага', 'аму', 'ым']], // be: Зарэчны → Зарэчнага
  ['і', ['яга', 'яму', 'ім']], // be: Верхні
  ['а', ['ої', 'ій', 'у', 'ою']], // uk: Садова → Садової, Садовій, Садову
];

/** The other cases of one word, if it ends like an adjective; none for a short or lower-case word. */
function casesOf(word: string): string[] {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return [];
  const found = ADJECTIVE_ENDINGS.find(([ending]) => word.endsWith(ending));
  if (!found) return [];
  const stem = word.slice(0, -found[0].length);
  return found[1].map((ending) => stem + ending);
}

/** "Малая Садовая" → "Малой Садовой", … : each case applied to every word that declines. */
function phrasesOf(name: string): string[] {
  const words = name.split(/\s+/);
  const cases = words.map(casesOf);
  const count = Math.max(0, ...cases.map((c) => c.length));
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) out.push(words.map((word, w) => cases[w]![i] ?? word).join(' '));
  return out;
}

/** Each street's bare name and its other cases, from the parts of an address. */
export function streetNamesOf(parts: readonly string[]): string[] {
  const names = new Set<string>();
  for (const part of parts) {
    const bare = part.replace(HOUSE_LAST, '').replace(KIND_FIRST, '').replace(KIND_LAST, '').trim();
    if (bare === part || (bare.match(/\p{L}/gu)?.length ?? 0) < 4) continue;
    names.add(bare);
    for (const phrase of phrasesOf(bare)) names.add(phrase);
  }
  return [...names];
}
