// The entry editor's form, as the person fills it in (all strings), and the way to and from the
// service's EntryDraft. Pure: no React, no DOM, so it is unit-tested on its own.
import { EntryDraft, type Entry, type EntryKind, type OccurredAt, type Precision } from '../../shared/domain';
import { isDossierError } from '../../shared/errors';
import { systemTimeZone, utcToWall, wallToUtc } from '../../shared/zonedTime';

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

export type FormProblem = 'entry.needWhen' | 'entry.needWhat' | 'entry.badEnd' | 'entry.badAmount' | 'entry.badZone' | 'entry.badField';

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
    recordedBy: entry.recordedBy,
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

export function toDraft(form: EntryForm): { draft: EntryDraft } | { problem: FormProblem } {
  if (form.date === '') return { problem: 'entry.needWhen' };
  if (form.text.trim() === '' && form.title.trim() === '') return { problem: 'entry.needWhat' };
  if (form.precision === 'span' && form.endDate === '') return { problem: 'entry.badEnd' };
  // No time typed for an exact or approximate moment: it is a date, not midnight.
  const timed = form.time !== '' && form.precision !== 'date';
  const precision: Precision = !timed && form.precision !== 'span' ? 'date' : form.precision;
  const zone = form.zone.trim();
  let occurredAt: OccurredAt;
  try {
    occurredAt = { at: wallToUtc(form.date, timed ? form.time : null, zone), zone, precision };
    // A last day without a time runs to its end.
    if (form.precision === 'span') occurredAt.end = wallToUtc(form.endDate, form.endTime || null, zone, 'end', form.endTime === '');
  } catch (error) {
    const field = isDossierError(error) ? error.details.field : null;
    return { problem: field === 'tz' ? 'entry.badZone' : field === 'end' ? 'entry.badEnd' : 'entry.needWhen' };
  }
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
    if (value !== '' && !/^\d{1,15}(\.\d{1,4})?$/.test(value)) return { problem: 'entry.badAmount' };
    candidate = { kind: 'economic', ...common, amount: value === '' ? undefined : { value, currency: form.currency.trim().toUpperCase() } };
  } else {
    candidate = { kind: 'stalking', ...common };
  }
  const parsed = EntryDraft.safeParse(candidate);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    if (field === 'amount') return { problem: 'entry.badAmount' };
    if (field === 'occurredAt') return { problem: 'entry.badEnd' };
    return { problem: 'entry.badField' };
  }
  return { draft: parsed.data };
}

/** What the service takes with the entry, in the same transaction. */
export function filesForService(files: readonly PendingFile[]): { path: string }[] {
  return files.map((file) => ({ path: file.handle }));
}
