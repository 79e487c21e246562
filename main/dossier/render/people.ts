// After the chronology: the people for the court (issue 9, item 5) — everyone named in the
// exported entries, the parties first, with role, relation, contact and the entries that name them.
// A person removed by redaction is not listed at all: a "[удалено]" row would still say that
// someone was there, and how many.
import type { Person } from '../../../shared/domain';
import type { Strings } from '../i18n';
import type { DossierData } from '../select';
import type { RenderContext } from './context';
import type { Cell, Column } from './flow';

const ROLE_ORDER: Person['role'][] = ['survivor', 'perpetrator', 'witness', 'other', 'helper'];

export interface ListedPerson {
  person: Person;
  entries: string[];
}

/** The people to list, in the order a statement names them: the parties, then witnesses. */
export function peopleForCourt(data: DossierData): ListedPerson[] {
  const removed = new Set(data.redactor.rules.personIds);
  const listed = new Map<string, string[]>();
  for (const d of data.entries) {
    for (const id of d.entry.personIds) {
      if (removed.has(id) || !data.people.has(id)) continue;
      const numbers = listed.get(id) ?? [];
      if (!numbers.includes(d.exhibit)) numbers.push(d.exhibit);
      listed.set(id, numbers);
    }
  }
  // The parties are named on the cover, so they are listed even where no entry links them.
  for (const person of data.people.values()) {
    if ((person.role === 'survivor' || person.role === 'perpetrator') && !removed.has(person.id) && !listed.has(person.id)) listed.set(person.id, []);
  }
  return [...listed]
    .map(([id, entries]) => ({ person: data.people.get(id)!, entries: entries.sort((a, b) => Number(a) - Number(b)) }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.person.role) - ROLE_ORDER.indexOf(b.person.role));
}

export function personRow(s: Strings, listed: ListedPerson): Cell[] {
  const p = listed.person;
  const contacts = [p.contact, ...(p.contacts ?? [])].filter((c): c is string => Boolean(c && c.trim()));
  return [{ text: p.name, style: 'cellBold' }, s.roles[p.role], p.relation || s.none, [...new Set(contacts)].join('\n') || s.none, listed.entries.join(', ') || s.none];
}

export function renderPeople(ctx: RenderContext): void {
  const { flow, s, data } = ctx;
  flow.heading(2, s.people.title, 60);
  flow.paragraph(s.people.intro, 'small', { after: 6 });
  const people = peopleForCourt(data);
  if (people.length === 0) {
    flow.paragraph(data.redactor.rules.personIds.length > 0 ? s.people.emptyRedacted : s.people.empty, 'body');
    return;
  }
  const columns: Column[] = [
    { title: s.people.name, share: 0.24 },
    { title: s.people.role, share: 0.2 },
    { title: s.people.relation, share: 0.16 },
    { title: s.people.contact, share: 0.27 },
    { title: s.people.entries, share: 0.13 },
  ];
  flow.table(columns, people.map((p) => personRow(s, p)));
}
