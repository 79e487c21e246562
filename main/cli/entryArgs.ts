// Turns `dossier add/edit` flags into an entry draft. Checks here are the ones zod cannot make
// alone (amount needs a currency; only economic entries carry an amount).
import { EntryDraft, type Entry, type EntryDraftInput, type Precision } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { readTypedDay } from '../../shared/timeFormat';
import { occurredFrom, systemTimeZone } from '../../shared/zonedTime';

export interface EntryFlags {
  kind?: string | undefined;
  occurred?: string | undefined;
  end?: string | undefined;
  tz?: string | undefined;
  precision?: string | undefined;
  title?: string | undefined;
  text?: string | undefined;
  place?: string | undefined;
  category?: string[] | undefined;
  person?: string[] | undefined;
  amount?: string | undefined;
  currency?: string | undefined;
  'recorded-by'?: string | undefined;
  injuries?: string | undefined;
  'medical-help'?: string | undefined;
  'police-report-date'?: string | undefined;
  'police-report-number'?: string | undefined;
  'police-report-outcome'?: string | undefined;
  'children-present'?: string | undefined;
}

function usage(field: string, reason: string): DossierError {
  return new DossierError('INVALID_INPUT', { field, reason });
}

function amountFrom(flags: EntryFlags, kind: string, previous?: { value: string; currency: string }) {
  if (flags.amount === undefined && flags.currency === undefined) return previous;
  if (kind !== 'economic') throw usage('amount', 'only economic entries have an amount');
  const value = (flags.amount ?? previous?.value)?.replace(',', '.');
  const currency = (flags.currency ?? previous?.currency)?.toUpperCase();
  if (value === undefined) throw usage('amount', '--currency needs --amount');
  if (currency === undefined) throw usage('currency', '--amount needs --currency');
  return { value, currency };
}

const INCIDENT_FLAGS = ['injuries', 'medical-help', 'police-report-date', 'police-report-number', 'police-report-outcome', 'children-present'] as const;

/** dd.mm.yyyy is how she will read it off a police paper; the vault keeps YYYY-MM-DD. */
function reportDate(text: string): string {
  const reading = readTypedDay(text, true);
  if ('problem' in reading) throw usage('police-report-date', 'use a date such as 2024-03-06 or 06.03.2024');
  return reading.day;
}

function yesNo(text: string): boolean {
  const answer = text.trim().toLowerCase();
  if (answer === 'yes') return true;
  if (answer === 'no') return false;
  throw usage('children-present', 'use yes or no');
}

/** Injuries, medical help, the police report and children present: fields only an incident has.
 *  A police-report flag changes only its own part of an earlier report. */
function incidentFields(flags: EntryFlags, kind: string, previous: Partial<Pick<Extract<Entry, { kind: 'incident' }>, 'injuries' | 'medicalHelp' | 'policeReport' | 'childrenPresent'>> = {}) {
  const given = INCIDENT_FLAGS.filter((name) => flags[name] !== undefined);
  if (kind !== 'incident') {
    if (given.length) throw usage(given[0]!, 'only incidents have injuries, medical help, a police report or children present');
    return {};
  }
  const report = {
    ...previous.policeReport,
    ...(flags['police-report-date'] !== undefined ? { date: reportDate(flags['police-report-date']) } : {}),
    ...(flags['police-report-number'] !== undefined ? { number: flags['police-report-number'] } : {}),
    ...(flags['police-report-outcome'] !== undefined ? { outcome: flags['police-report-outcome'] } : {}),
  };
  const injuries = flags.injuries ?? previous.injuries;
  const medicalHelp = flags['medical-help'] ?? previous.medicalHelp;
  const childrenPresent = flags['children-present'] !== undefined ? yesNo(flags['children-present']) : previous.childrenPresent;
  return {
    ...(injuries !== undefined ? { injuries } : {}),
    ...(medicalHelp !== undefined ? { medicalHelp } : {}),
    ...(Object.keys(report).length ? { policeReport: report } : {}),
    ...(childrenPresent !== undefined ? { childrenPresent } : {}),
  };
}

function parseDraft(input: EntryDraftInput): EntryDraft {
  const parsed = EntryDraft.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw usage(issue?.path.join('.') || 'entry', issue?.message ?? 'invalid');
}

export function draftFromFlags(flags: EntryFlags): EntryDraft {
  if (!flags.kind) throw usage('kind', '--kind is required (incident, stalking or economic)');
  if (!flags.occurred) throw usage('occurred', '--occurred is required (ISO 8601, e.g. 2024-03-05T18:30)');
  if (!flags.title) throw usage('title', '--title is required');
  const precision = (flags.precision ?? (flags.end ? 'span' : 'exact')) as Precision;
  if (!['exact', 'approximate', 'date', 'span'].includes(precision)) throw usage('precision', 'use exact, approximate, date or span');
  const amount = amountFrom(flags, flags.kind);
  return parseDraft({
    kind: flags.kind as EntryDraft['kind'],
    occurredAt: occurredFrom(flags.occurred, flags.tz ?? systemTimeZone(), precision, flags.end),
    title: flags.title,
    text: flags.text ?? '',
    place: flags.place,
    categories: (flags.category ?? []) as never[],
    personIds: flags.person ?? [],
    recordedBy: flags['recorded-by'],
    ...(amount ? { amount } : {}),
    ...incidentFields(flags, flags.kind),
  });
}

/** The current version with only the given flags changed. */
export function draftFromEdit(entry: Entry, flags: EntryFlags): EntryDraft {
  const { id: _i, number: _n, version: _v, recordedAt: _r, updatedAt: _u, archived: _a, attachmentCount: _c, messageCount: _m, ...current } = entry;
  const kind = flags.kind ?? current.kind;
  const zone = flags.tz ?? current.occurredAt.zone;
  const precision = (flags.precision ?? current.occurredAt.precision) as Precision;
  const occurredAt =
    flags.occurred || flags.tz || flags.precision || flags.end
      ? occurredFrom(flags.occurred ?? current.occurredAt.at, zone, precision, flags.end ?? current.occurredAt.end)
      : current.occurredAt;
  const amount = amountFrom(flags, kind, 'amount' in current ? current.amount : undefined);
  const { injuries: _inj, medicalHelp: _med, policeReport: _pol, childrenPresent: _chi, ...rest } = current as typeof current & Partial<Extract<Entry, { kind: 'incident' }>>;
  const previousIncident = current.kind === 'incident' ? current : {};
  return parseDraft({
    ...rest,
    kind: kind as EntryDraft['kind'],
    occurredAt,
    ...(flags.title !== undefined ? { title: flags.title } : {}),
    ...(flags.text !== undefined ? { text: flags.text } : {}),
    ...(flags.place !== undefined ? { place: flags.place } : {}),
    ...(flags.category !== undefined ? { categories: flags.category as never[] } : {}),
    ...(flags.person !== undefined ? { personIds: flags.person } : {}),
    ...(flags['recorded-by'] !== undefined ? { recordedBy: flags['recorded-by'] } : {}),
    ...(amount ? { amount } : {}),
    ...incidentFields(flags, kind, previousIncident),
  } as EntryDraftInput);
}
