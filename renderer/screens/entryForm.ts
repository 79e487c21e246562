// The entry editor's form, as the person fills it in (all strings), and the way to and from the
// service's EntryDraft. Pure: no React, no DOM, so it is unit-tested on its own.
import { EntryDraft, type Entry, type EntryKind, type OccurredAt, type Precision } from '../../shared/domain';
import { isDossierError } from '../../shared/errors';
import { whenProblem } from '../../shared/eventDates';
import { systemTimeZone, utcToWall, wallToUtc } from '../../shared/zonedTime';
import { DEFAULT_RECORDER } from '../../shared/words/phrases';

/** A file waiting to go in with the entry: chosen or dropped, held as a handle (never a path, never
 *  its bytes). A dropped picture keeps its File for a preview made in memory. */
export interface PendingFile {
  id: string;
  handle: string;
  name: string;
  size?: number;
  preview?: Blob;
}

export type ChildrenPresent = 'unknown' | 'yes' | 'no';

export interface EntryForm {
  kind: EntryKind;
  date: string;
  time: string;
  zone: string;
  precision: Precision;
  endDate: string;
  endTime: string;
  title: string;
  text: string;
  place: string;
  categories: string[];
  personIds: string[];
  recordedBy: string;
  injuries: string;
  medicalHelp: string;
  policeDate: string;
  policeNumber: string;
  policeOutcome: string;
  childrenPresent: ChildrenPresent;
  amount: string;
  currency: string;
  files: PendingFile[];
}

/** A sentence for a field that needs a correction, shown beside that field (issue 13). */
export type FormProblem =
  | 'entry.needWhen'
  | 'entry.needWhat'
  | 'entry.badEnd'
  | 'entry.inFuture'
  | 'entry.tooEarly'
  | 'entry.badAmount'
  | 'entry.badZone'
  | 'entry.badField'
  | 'form.badCurrency'
  | 'form.needCurrency'
  | 'form.badDate'
  | 'form.tooLong';

/** The fields a problem can be shown beside; `form` is for what belongs to no one field. */
export type EntryField = 'date' | 'endDate' | 'zone' | 'text' | 'title' | 'place' | 'recordedBy' | 'injuries' | 'medicalHelp' | 'policeDate' | 'policeNumber' | 'policeOutcome' | 'amount' | 'currency' | 'form';
export type FormProblems = Partial<Record<EntryField, FormProblem>>;

export function emptyForm(kind: EntryKind = 'incident', now: Date = new Date(), zone: string = systemTimeZone()): EntryForm {
  const local = utcToWall(now.toISOString(), zone);
  return {
    kind,
    date: local.date,
    time: local.time,
    zone,
    precision: 'exact',
    endDate: '',
    endTime: '',
    title: '',
    text: '',
    place: '',
    categories: [],
    personIds: [],
    recordedBy: '',
    injuries: '',
    medicalHelp: '',
    policeDate: '',
    policeNumber: '',
    policeOutcome: '',
    childrenPresent: 'unknown',
    amount: '',
    currency: 'BYN',
    files: [],
  };
}

const wall = utcToWall;

export function formFromEntry(entry: Entry): EntryForm {
  const { zone, precision, at, end } = entry.occurredAt;
  const start = wall(at, zone);
  const finish = end ? wall(end, zone) : { date: '', time: '' };
  const form: EntryForm = {
    ...emptyForm(entry.kind),
    date: start.date,
    time: precision === 'date' ? '' : start.time,
    zone,
    precision,
    endDate: finish.date,
    endTime: finish.time === '23:59' ? '' : finish.time,
    title: entry.title,
    text: entry.text,
    place: entry.place ?? '',
    categories: [...entry.categories],
    personIds: [...entry.personIds],
    // Nobody named: an empty field (saving keeps the vault's own value), not the English data.
    recordedBy: entry.recordedBy === DEFAULT_RECORDER ? '' : entry.recordedBy,
  };
  if (entry.kind === 'incident') {
    form.injuries = entry.injuries ?? '';
    form.medicalHelp = entry.medicalHelp ?? '';
    form.policeDate = entry.policeReport?.date ?? '';
    form.policeNumber = entry.policeReport?.number ?? '';
    form.policeOutcome = entry.policeReport?.outcome ?? '';
    form.childrenPresent = entry.childrenPresent === undefined ? 'unknown' : entry.childrenPresent ? 'yes' : 'no';
  }
  if (entry.kind === 'economic' && entry.amount) {
    form.amount = entry.amount.value;
    form.currency = entry.amount.currency;
  }
  return form;
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** A title when none was typed: the first words of what happened (the schema needs one). */
export function titleFrom(form: EntryForm): string {
  if (form.title.trim() !== '') return form.title.trim();
  const firstLine = form.text.trim().split(/\n/)[0] ?? '';
  if (firstLine.length <= TITLE_LENGTH) return firstLine;
  // Cut on a word boundary: "Он забрал мою зарп…" reads as a different word, or as nothing.
  const head = firstLine.slice(0, TITLE_LENGTH);
  const lastSpace = head.search(/\s\S*$/);
  const words = lastSpace > TITLE_LENGTH / 2 ? head.slice(0, lastSpace) : head.slice(0, TITLE_LENGTH - 1);
  return `${words.replace(/[\s,;:–—-]+$/u, '')}…`;
}

const TITLE_LENGTH = 80;

/** "1 234,50" → "1234.50": people type money the way their country writes it. */
export function normaliseAmount(text: string): string {
  return text.replace(/[\s\u00a0\u202f']/g, '').replace(',', '.');
}

/** Where a schema complaint belongs on the form (its path in EntryDraft → the field she typed in). */
function fieldOf(path: readonly PropertyKey[]): EntryField {
  const [first, second] = path.map(String);
  if (first === 'policeReport') return second === 'date' ? 'policeDate' : second === 'outcome' ? 'policeOutcome' : 'policeNumber';
  if (first === 'amount') return second === 'currency' ? 'currency' : 'amount';
  if (first === 'occurredAt') return 'endDate';
  const known: readonly string[] = ['title', 'text', 'place', 'recordedBy', 'injuries', 'medicalHelp'];
  return first !== undefined && known.includes(first) ? (first as EntryField) : 'form';
}

function problemOf(field: EntryField, code: string): FormProblem {
  if (field === 'policeDate') return 'form.badDate';
  if (field === 'amount') return 'entry.badAmount';
  if (field === 'currency') return 'form.badCurrency';
  if (field === 'endDate') return 'entry.badEnd';
  return code === 'too_big' ? 'form.tooLong' : 'entry.badField';
}

/** The amount and its currency: both are checked, each beside its own field ("руб" is a currency
 *  problem, not an amount problem). An empty amount needs no currency. */
function moneyProblems(form: EntryForm): FormProblems {
  const value = normaliseAmount(form.amount);
  if (value === '') return {};
  const problems: FormProblems = {};
  if (!/^\d{1,15}(\.\d{1,4})?$/.test(value)) problems.amount = 'entry.badAmount';
  const currency = form.currency.trim();
  if (currency === '') problems.currency = 'form.needCurrency';
  else if (!/^[A-Za-z]{3}$/.test(currency)) problems.currency = 'form.badCurrency';
  return problems;
}

/** Every problem at once, each for its own field (so she fixes them in one go, not one per Save). */
export function toDraft(form: EntryForm, now: Date = new Date()): { draft: EntryDraft } | { problems: FormProblems } {
  const problems: FormProblems = {};
  if (form.date === '') problems.date = 'entry.needWhen';
  if (form.text.trim() === '' && form.title.trim() === '') problems.text = 'entry.needWhat';
  if (form.precision === 'span' && form.endDate === '') problems.endDate = 'entry.badEnd';
  // No time typed for an exact or approximate moment: it is a date, not midnight.
  const timed = form.time !== '' && form.precision !== 'date';
  const precision: Precision = !timed && form.precision !== 'span' ? 'date' : form.precision;
  const zone = form.zone.trim();
  let occurredAt: OccurredAt | null = null;
  if (problems.date === undefined) {
    try {
      occurredAt = { at: wallToUtc(form.date, timed ? form.time : null, zone), zone, precision };
      // A last day without a time runs to its end.
      if (form.precision === 'span' && problems.endDate === undefined) occurredAt.end = wallToUtc(form.endDate, form.endTime || null, zone, 'end', form.endTime === '');
    } catch (error) {
      const field = isDossierError(error) ? error.details.field : null;
      if (field === 'tz') problems.zone = 'entry.badZone';
      else if (field === 'end') problems.endDate = 'entry.badEnd';
      else problems.date = 'entry.needWhen';
    }
  }
  // A year typed wrong (2204, 0024) is said beside the day it is in (shared/eventDates.ts).
  const when = occurredAt && whenProblem(occurredAt, now);
  if (when) problems[when.end ? 'endDate' : 'date'] = when.problem === 'future' ? 'entry.inFuture' : 'entry.tooEarly';
  if (form.kind === 'economic') Object.assign(problems, moneyProblems(form));
  if (occurredAt === null || Object.keys(problems).length > 0) return { problems };
  const common = {
    occurredAt,
    title: titleFrom(form),
    text: form.text.trim(),
    place: optional(form.place),
    personIds: form.personIds,
    recordedBy: optional(form.recordedBy),
    categories: form.categories,
  };
  let candidate: unknown;
  if (form.kind === 'incident') {
    const police = { date: optional(form.policeDate), number: optional(form.policeNumber), outcome: optional(form.policeOutcome) };
    candidate = {
      kind: 'incident',
      ...common,
      injuries: optional(form.injuries),
      medicalHelp: optional(form.medicalHelp),
      policeReport: police.date || police.number || police.outcome ? police : undefined,
      childrenPresent: form.childrenPresent === 'unknown' ? undefined : form.childrenPresent === 'yes',
    };
  } else if (form.kind === 'economic') {
    const value = normaliseAmount(form.amount);
    candidate = { kind: 'economic', ...common, amount: value === '' ? undefined : { value, currency: form.currency.trim().toUpperCase() } };
  } else {
    candidate = { kind: 'stalking', ...common };
  }
  const parsed = EntryDraft.safeParse(candidate);
  if (parsed.success) return { draft: parsed.data };
  for (const issue of parsed.error.issues) {
    // A title made from the text is cut to fit, so a too-long title is one she typed.
    const field = fieldOf(issue.path);
    problems[field] ??= problemOf(field, issue.code);
  }
  return { problems };
}

/** What the service takes with the entry, in the same transaction. */
export function filesForService(files: readonly PendingFile[]): { path: string }[] {
  return files.map((file) => ({ path: file.handle }));
}
