// What a statement is made from: only the entries she chose, the people linked to them, and who is
// accused. Nothing from an entry that was not chosen is read into it (issue 10: the accused gets a
// copy, so an unchosen entry's words must never reach the file).
import type { Entry, Person } from '../../../shared/domain';
import { DossierError } from '../../../shared/errors';
import { listAttachments } from '../../vault/attachments';
import { getEntry } from '../../vault/entries';
import { getPerson, listPeople } from '../../vault/people';
import type { Db } from '../../vault/sqlite';

export interface StatementEvent {
  entry: Entry;
  /** "3.1 photo.jpg": the entry's files by their stable exhibit numbers. */
  files: { exhibit: string; fileName: string }[];
}

export interface StatementFacts {
  events: StatementEvent[];
  /** null when the chosen entries name no perpetrator and none was given: a marked blank. */
  accused: Person | null;
  /** The survivor, when the vault says who she is without doubt; otherwise a marked blank. */
  applicant: Person | null;
  witnesses: Person[];
}

/** Ids of the perpetrators linked to the entries, in the order they first appear. */
function perpetratorsOf(events: readonly StatementEvent[], people: ReadonlyMap<string, Person>): string[] {
  const ids = events.flatMap((e) => e.entry.personIds).filter((id) => people.get(id)?.role === 'perpetrator');
  return [...new Set(ids)];
}

function chooseAccused(candidates: readonly string[], accusedId: string | undefined, people: ReadonlyMap<string, Person>): Person | null {
  if (accusedId !== undefined) {
    const person = people.get(accusedId);
    if (!person) throw new DossierError('NOT_FOUND', { what: 'person' });
    return person;
  }
  // One statement is against one person: with several, she says which (the error lists their ids,
  // never their names: `dossier people` shows who is who).
  if (candidates.length > 1) throw new DossierError('SEVERAL_ACCUSED', { field: 'accused', reason: `choose one with --accused: ${candidates.join(', ')}` });
  return candidates.length === 1 ? people.get(candidates[0]!)! : null;
}

function chooseApplicant(events: readonly StatementEvent[], people: readonly Person[]): Person | null {
  const survivors = people.filter((p) => p.role === 'survivor');
  const linked = survivors.filter((p) => events.some((e) => e.entry.personIds.includes(p.id)));
  if (linked.length === 1) return linked[0]!;
  return linked.length === 0 && survivors.length === 1 ? survivors[0]! : null;
}

/** Who the court is asked to summon. A link from an entry to a person carries no role of its own
 *  (entry_people holds only the pair), so the person's role decides, as a lawyer reading her
 *  records would: everyone she linked to a chosen event who saw or heard it — people marked as
 *  witnesses, then the others she linked (a neighbour, a relative: "other") — but never the
 *  accused, her, another perpetrator, or a helper: the accused receives a copy of the statement,
 *  and a support worker's name must not reach him unless she adds it herself. */
function witnessesOf(linked: readonly Person[], accused: Person | null, applicant: Person | null): Person[] {
  const candidates = linked.filter((p) => p.id !== accused?.id && p.id !== applicant?.id && (p.role === 'witness' || p.role === 'other'));
  return [...candidates.filter((p) => p.role === 'witness'), ...candidates.filter((p) => p.role === 'other')];
}

export async function gatherFacts(db: Db, entryIds: readonly string[], accusedId: string | undefined): Promise<StatementFacts> {
  const unique = [...new Set(entryIds)];
  if (unique.length === 0) throw new DossierError('NO_ENTRIES_CHOSEN', { field: 'entry', reason: 'choose at least one entry with --entry' });
  const events: StatementEvent[] = [];
  for (const id of unique) {
    const entry = await getEntry(db, id);
    const attachments = entry.attachmentCount > 0 ? await listAttachments(db, id) : [];
    events.push({ entry, files: attachments.map((a, i) => ({ exhibit: `${entry.number}.${i + 1}`, fileName: a.fileName })) });
  }
  // Oldest first, as a court reads a story; the same moment keeps the order of the numbers.
  events.sort((a, b) => a.entry.occurredAt.at.localeCompare(b.entry.occurredAt.at) || a.entry.number - b.entry.number);
  const all = await listPeople(db);
  const people = new Map(all.map((p) => [p.id, p]));
  if (accusedId !== undefined && !people.has(accusedId)) await getPerson(db, accusedId);
  const accused = chooseAccused(perpetratorsOf(events, people), accusedId, people);
  const linked = [...new Set(events.flatMap((e) => e.entry.personIds))].map((id) => people.get(id)).filter((p): p is Person => p !== undefined);
  const applicant = chooseApplicant(events, all);
  return { events, accused, applicant, witnesses: witnessesOf(linked, accused, applicant) };
}
