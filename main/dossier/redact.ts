// Redaction removes, it does not paint over: every chosen value is replaced in the data itself
// before anything is laid out or hashed, so it is in neither the page text, the manifest, nor the
// PDF metadata (issue 3, item 4: "redacted values removed, not just hidden").
import type { Person } from '../../shared/domain';
import type { Redactions } from '../../shared/dossierOptions';
import type { Strings } from './i18n';

/** Keys whose values are identifiers, codes, hashes or instants: never free text, and a match
 *  inside a hash would corrupt it. Everything else that is a string gets scrubbed. */
const NOT_TEXT = new Set([
  'id', 'entryId', 'personId', 'personIds', 'batchId', 'sha256', 'kind', 'categories', 'channel', 'direction', 'zone',
  'precision', 'currency', 'value', 'mime', 'at', 'end', 'sentAt', 'recordedAt', 'updatedAt', 'replacedAt', 'addedAt',
  'createdAt', 'role', 'platformId', 'wallTime',
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A contact field may hold several things ("phone …\naddress …"): each line and each
 *  comma/semicolon-separated part of 4+ characters is removed on its own as well as the whole. */
function contactParts(contact: string | undefined): string[] {
  if (!contact) return [];
  const lines = contact.split(/\n+/);
  const parts = [...lines, ...contact.split(/[\n;,]+/)].map((p) => p.trim()).filter((p) => p.length >= 4);
  return [contact.trim(), ...parts];
}

export class Redactor {
  readonly people = new Map<string, Person>();
  private readonly replacements = new Map<string, string>();
  private readonly pattern: RegExp | null;
  readonly active: boolean;

  constructor(readonly rules: Redactions, people: readonly Person[], private readonly s: Strings) {
    let helperNumber = 0;
    const removed: string[] = [...rules.strings];
    for (const person of people) {
      const copy: Person = { ...person };
      if (rules.helperNames && person.role === 'helper') {
        helperNumber += 1;
        this.replacements.set(person.name.toLowerCase(), s.helperAlias(helperNumber));
        removed.push(...contactParts(person.contact), ...contactParts(person.notes));
        copy.name = s.helperAlias(helperNumber);
        delete copy.contact;
        delete copy.notes;
      }
      const contactRule = (rules.survivorContacts && person.role === 'survivor') || (rules.witnessContacts && person.role === 'witness');
      if (contactRule) {
        removed.push(...contactParts(person.contact));
        delete copy.contact;
      }
      this.people.set(person.id, copy);
    }
    for (const text of removed) if (text.trim()) this.replacements.set(text.trim().toLowerCase(), this.replacements.get(text.trim().toLowerCase()) ?? s.redacted);
    // Longest first, so "Anna Petrova" is taken whole before "Anna" could split it.
    const keys = [...this.replacements.keys()].sort((a, b) => b.length - a.length);
    this.pattern = keys.length ? new RegExp(keys.map(escapeRegExp).join('|'), 'giu') : null;
    this.active = this.pattern !== null || rules.photoLocations;
    for (const [id, person] of this.people) this.people.set(id, this.value(person));
  }

  text(input: string): string {
    if (!this.pattern) return input;
    return input.replace(this.pattern, (match) => this.replacements.get(match.toLowerCase()) ?? this.s.redacted);
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
