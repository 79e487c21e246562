// Redaction removes, it does not paint over: every chosen value is replaced in the data itself
// before anything is laid out or hashed, so it is in neither the page text, the manifest, nor the
// PDF metadata (issue 3, item 4). What is removed is found by meaning, not by spelling (issue 9,
// item 3): every case of a name, initials with the surname, ё or е, a phone number in any written
// form, whole words only. After rendering, the export reads the file back with the same matcher
// (redaction/readBack.ts) and writes nothing if anything is left.
import type { Person } from '../../shared/domain';
import type { Redactions } from '../../shared/dossierOptions';
import { DossierError } from '../../shared/errors';
import type { Strings } from './i18n';
import { formsOfPerson, ukrainianFormsOf, type NameParts } from './redaction/forms';
import { Matcher } from './redaction/matcher';

/** Keys whose values are identifiers, codes, hashes or instants: never free text, and a match
 *  inside a hash would corrupt it. Everything else that is a string gets scrubbed. */
const NOT_TEXT = new Set([
  'id', 'entryId', 'personId', 'personIds', 'batchId', 'sha256', 'kind', 'categories', 'channel', 'direction', 'zone',
  'precision', 'currency', 'value', 'mime', 'at', 'end', 'sentAt', 'recordedAt', 'updatedAt', 'replacedAt', 'addedAt',
  'createdAt', 'role', 'platformId', 'wallTime',
]);

/** The kinds of information a redacted copy says were removed (on its cover). */
export const REMOVED_KINDS = ['people', 'contacts', 'addresses', 'helperNames', 'photoLocations', 'strings'] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

export interface RedactorSeed {
  rules: Redactions;
  people: readonly Person[];
  ukrainian: ReadonlyMap<string, readonly NameParts[]>;
}

export class Redactor {
  readonly people = new Map<string, Person>();
  readonly matcher: Matcher;
  readonly active: boolean;
  readonly removed = new Set<RemovedKind>();

  /** With the Ukrainian forms of the people whose names are removed (see `Redactor.create`). */
  constructor(
    readonly rules: Redactions,
    private readonly source: readonly Person[],
    private readonly s: Strings,
    private readonly ukrainian: ReadonlyMap<string, readonly NameParts[]> = new Map(),
  ) {
    let helperNumber = 0;
    const texts = new Map<string, string>();
    const phones: string[] = [];
    const remove = (values: readonly string[], replacement = s.redacted) => values.forEach((v) => v.trim() && !texts.has(v.trim()) && texts.set(v.trim(), replacement));
    const chosen = new Set(rules.personIds);
    for (const person of source) {
      const copy: Person = { ...person };
      const forms = formsOfPerson(person, ukrainian.get(person.id));
      const dropDetails = () => {
        remove(forms.details);
        phones.push(...forms.phones);
        if (forms.phones.length || person.contact || person.contacts?.length) this.removed.add('contacts');
        if (person.address) this.removed.add('addresses');
        delete copy.contact;
        delete copy.contacts;
        delete copy.address;
      };
      if (chosen.has(person.id)) {
        remove(forms.names);
        dropDetails();
        copy.name = s.redacted;
        delete copy.notes;
        this.removed.add('people');
      } else if (rules.helperNames && person.role === 'helper') {
        helperNumber += 1;
        remove(forms.names, s.helperAlias(helperNumber));
        dropDetails();
        if (person.notes) remove([person.notes]);
        copy.name = s.helperAlias(helperNumber);
        delete copy.notes;
        this.removed.add('helperNames');
      } else if ((rules.survivorContacts && person.role === 'survivor') || (rules.witnessContacts && person.role === 'witness')) {
        dropDetails();
      }
      this.people.set(person.id, copy);
    }
    remove(rules.strings);
    if (rules.strings.length) this.removed.add('strings');
    if (rules.photoLocations) this.removed.add('photoLocations');
    this.matcher = new Matcher(texts, phones, s.redacted);
    this.active = !this.matcher.empty || rules.photoLocations;
    for (const [id, person] of this.people) this.people.set(id, this.value(person));
  }

  /** Checks that every person to remove exists, and declines their names in Ukrainian as well. */
  static async create(rules: Redactions, people: readonly Person[], s: Strings): Promise<Redactor> {
    const known = new Set(people.map((p) => p.id));
    if (rules.personIds.some((id) => !known.has(id))) throw new DossierError('INVALID_INPUT', { field: 'redact-person', reason: 'no such person in this vault' });
    const ukrainian = new Map<string, NameParts[]>();
    for (const person of people) {
      if (rules.personIds.includes(person.id) || (rules.helperNames && person.role === 'helper')) ukrainian.set(person.id, await ukrainianFormsOf(person));
    }
    return new Redactor(rules, people, s, ukrainian);
  }

  /** What another thread needs to make the same redactor (plain data: it crosses by copy). */
  seed(): RedactorSeed {
    return { rules: this.rules, people: this.source, ukrainian: this.ukrainian };
  }

  static fromSeed(seed: RedactorSeed, s: Strings): Redactor {
    return new Redactor(seed.rules, seed.people, s, seed.ukrainian);
  }

  text(input: string): string {
    return this.matcher.empty ? input : this.matcher.replace(input);
  }

  /** A deep copy with every free-text string scrubbed (and photo GPS dropped when asked). */
  value<T>(input: T): T {
    return this.walk(input, '') as T;
  }

  private walk(input: unknown, key: string): unknown {
    if (typeof input === 'string') return NOT_TEXT.has(key) ? input : this.text(input);
    if (Array.isArray(input)) return input.map((item) => this.walk(item, key));
    if (input && typeof input === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(input)) {
        if (this.rules.photoLocations && (k === 'latitude' || k === 'longitude')) continue;
        out[k] = this.walk(v, k);
      }
      return out;
    }
    return input;
  }
}
