// Every written form of a person a redacted copy must not contain (issue 9, item 3): each
// grammatical case of the first name, patronymic and surname (Russian by `lvovich`, Ukrainian by
// `shevchenko`; Belarusian forms mostly coincide with one of the two), initials with the surname
// ("И. Лебедевой", "Лебедевой И. С."), each contact and the address. Phone numbers are kept as
// E.164 numbers so that any way of writing one matches (see phones.ts).
import { getGender, incline } from 'lvovich';
import type { Person } from '../../../shared/domain';
import { phoneNumbersOf } from './phones';
import { streetNamesOf } from './streets';

export interface PersonForms {
  /** Every case of the name, its parts, and initials with the surname. */
  names: string[];
  /** Each contact that is not a phone number (e-mail, account) and the address, whole and in parts. */
  details: string[];
  /** E.164 phone numbers ("+375291234567"), removed in any written form. */
  phones: string[];
}

const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
type Gender = 'male' | 'female';

export interface NameParts {
  first?: string;
  middle?: string;
  last?: string;
}

/** "Фамилия Имя Отчество" or "Имя Отчество Фамилия" or "Имя Фамилия": a patronymic ends in
 *  -вич/-вна/-чна/-ична (-івна in Ukrainian); otherwise the first word is taken as the first name
 *  and the surname is declined both as a surname and, to be safe, as a first name. */
function partsOf(name: string): NameParts[] {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.replace(/\.$/, '').length > 1);
  const patronymic = words.findIndex((w, i) => i > 0 && /(?:вич|вна|чна|ична|івна|ївна|ович|евич|ьевич)$/iu.test(w));
  if (words.length === 3 && patronymic === 2) return [{ last: words[0]!, first: words[1]!, middle: words[2]! }];
  if (words.length === 3 && patronymic === 1) return [{ first: words[0]!, middle: words[1]!, last: words[2]! }];
  if (words.length === 2) return [{ first: words[0]!, last: words[1]! }, { first: words[1]!, last: words[0]! }];
  if (words.length === 1) return [{ first: words[0]! }, { last: words[0]! }];
  return words.map((w) => ({ first: w, last: w }));
}

function genders(parts: NameParts): Gender[] {
  const found = getGender({ first: parts.first ?? '', middle: parts.middle ?? '', last: parts.last ?? '' } as never) as string | null;
  return found === 'male' || found === 'female' ? [found] : ['male', 'female'];
}

function russianForms(parts: NameParts): NameParts[] {
  const out: NameParts[] = [];
  for (const gender of genders(parts)) {
    for (const grammaticalCase of CASES) {
      const inclined = incline({ ...parts, gender } as never, grammaticalCase) as NameParts;
      out.push({ first: parts.first && inclined.first, middle: parts.middle && inclined.middle, last: parts.last && inclined.last });
    }
  }
  return out;
}

const SHEVCHENKO_CASES = ['inNominative', 'inGenitive', 'inDative', 'inAccusative', 'inAblative', 'inLocative', 'inVocative'] as const;

async function ukrainianFormsOfParts(parts: NameParts): Promise<NameParts[]> {
  const shevchenko = (await import('shevchenko')) as unknown as Record<string, (input: Record<string, string>) => Promise<Record<string, string>>>;
  const out: NameParts[] = [];
  for (const gender of genders(parts)) {
    const input: Record<string, string> = { gender: gender === 'male' ? 'masculine' : 'feminine' };
    if (parts.first) input.givenName = parts.first;
    if (parts.middle) input.patronymicName = parts.middle;
    if (parts.last) input.familyName = parts.last;
    for (const inCase of SHEVCHENKO_CASES) {
      try {
        const r = await shevchenko[inCase]!(input);
        out.push({ first: r.givenName, middle: r.patronymicName, last: r.familyName });
      } catch {
        // A name shevchenko does not accept (Latin letters, digits): its Russian forms still apply.
      }
    }
  }
  return out;
}

const initial = (word: string | undefined) => (word ? `${[...word][0]!.toUpperCase()}.` : '');

/** Whole names, each part alone, and the initials with the surname in both orders. */
function phrasesOf(form: NameParts, nominative: NameParts): string[] {
  const { first, middle, last } = form;
  const i1 = initial(nominative.first);
  const i2 = initial(nominative.middle);
  const out = [first, middle, last, [first, middle, last].filter(Boolean).join(' '), [last, first, middle].filter(Boolean).join(' '), [first, last].filter(Boolean).join(' ')];
  if (last && i1) {
    out.push(`${i1} ${last}`, `${i1}${i2} ${last}`, `${i1} ${i2} ${last}`, `${last} ${i1}`, `${last} ${i1}${i2}`, `${last} ${i1} ${i2}`);
  }
  return out.filter((t): t is string => typeof t === 'string' && t.trim().length > 1).map((t) => t.trim());
}

/** The whole text, each line, and each comma- or semicolon-separated part of 4+ characters. */
function partsOfText(text: string | undefined): string[] {
  if (!text) return [];
  return [text, ...text.split(/\n+/), ...text.split(/[\n;,]+/)].map((p) => p.trim()).filter((p) => p.length >= 4);
}

/** Ukrainian declension is asynchronous (shevchenko): computed once per export, before the
 *  redactor is built. */
export async function ukrainianFormsOf(person: Person): Promise<NameParts[]> {
  const out: NameParts[] = [];
  for (const parts of partsOf(person.name)) out.push(...(await ukrainianFormsOfParts(parts)));
  return out;
}

export function formsOfPerson(person: Person, ukrainian: readonly NameParts[] = []): PersonForms {
  const names = new Set<string>([person.name.trim()]);
  const all = partsOf(person.name);
  for (const parts of all) for (const form of russianForms(parts)) for (const phrase of phrasesOf(form, parts)) names.add(phrase);
  for (const form of ukrainian) for (const phrase of phrasesOf(form, all[0] ?? {})) names.add(phrase);
  const details = new Set<string>();
  const phones = new Set<string>();
  for (const contact of [...(person.contacts ?? []), ...(person.contact ? [person.contact] : [])]) {
    for (const part of partsOfText(contact)) {
      const numbers = phoneNumbersOf(part);
      numbers.forEach((n) => phones.add(n));
      if (numbers.length === 0) details.add(part);
    }
  }
  for (const part of partsOfText(person.address)) details.add(part);
  for (const name of streetNamesOf(partsOfText(person.address))) details.add(name);
  return { names: [...names], details: [...details], phones: [...phones] };
}
