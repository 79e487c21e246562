// The dates that matter: stored as canonical JSON, each added with its ledger link in one
// transaction; read back validated. Days left are counted in each date's own zone.
import { randomUUID } from 'node:crypto';
import { DUE_SOON_DAYS, ImportantDate, type DatedItem, type DateStatus, type ImportantDateDraft } from '../../shared/dates';
import { DossierError } from '../../shared/errors';
import { calendarDaysBetween, localDay } from '../../shared/zonedTime';
import { canonicalJson } from './canonical';
import { getEntry } from './entries';
import { appendLink } from './ledger';
import type { Db } from './sqlite';
import { subject } from './subjects';

function parseDate(json: string): ImportantDate {
  const parsed = ImportantDate.safeParse(JSON.parse(json));
  if (!parsed.success) throw new DossierError('VAULT_CORRUPT', { table: 'dates' });
  return parsed.data;
}

export async function addImportantDate(db: Db, draft: ImportantDateDraft, at: string): Promise<ImportantDate> {
  if (draft.entryId !== undefined) await getEntry(db, draft.entryId);
  const date = ImportantDate.parse({ ...draft, id: randomUUID(), recordedAt: at });
  await db.transaction(async () => {
    await db.run('INSERT INTO dates (id, data) VALUES (?, ?)', [date.id, canonicalJson(date)]);
    await appendLink(db, 'date-add', subject.date(date.id), date, at);
  });
  return date;
}

export async function listImportantDates(db: Db): Promise<ImportantDate[]> {
  const rows = await db.all<{ data: string }>('SELECT data FROM dates ORDER BY seq');
  return rows.map((r) => parseDate(r.data)).sort((a, b) => a.from.localeCompare(b.from) || (a.to ?? a.from).localeCompare(b.to ?? b.from));
}

/** Today in the date's zone, against its first and last day: whole calendar days, so a hearing
 *  tomorrow is "1 day left" at any hour. */
export function standing(date: ImportantDate, now: Date): Pick<DatedItem, 'daysLeft' | 'status' | 'due'> {
  const today = localDay(now.toISOString(), date.zone);
  const untilStart = calendarDaysBetween(today, date.from);
  const daysLeft = calendarDaysBetween(today, date.to ?? date.from);
  let status: DateStatus;
  if (daysLeft < 0) status = 'past';
  else if (untilStart > 0) status = 'upcoming';
  else status = date.to !== undefined && date.to !== date.from ? 'running' : 'today';
  return { daysLeft, status, due: status === 'today' || status === 'running' || (status === 'upcoming' && untilStart <= DUE_SOON_DAYS) };
}

export async function datedItems(db: Db, now: Date): Promise<DatedItem[]> {
  return (await listImportantDates(db)).map((date) => ({ ...date, ...standing(date, now) }));
}
