// The dates that matter in the dossier's chronology (issue 10, item 2), kept apart from the
// chronology's own table so that section's owners need not change: after the events, a short list
// of the protection orders, hearings, deadlines and decisions that belong to this dossier — those
// tied to an entry in it, and those without an entry that fall in its period. Redacted like the rest.
import type { ImportantDate } from '../../shared/dates';
import type { DossierLanguage, DossierOptions } from '../../shared/dossierOptions';
import { localDay } from '../../shared/zonedTime';
import type { RenderContext } from '../dossier/render/context';
import type { DossierData } from '../dossier/select';
import { WORDS as SHARED_WORDS } from '../../shared/words';
import { listImportantDates } from '../vault/dates';
import type { Db } from '../vault/sqlite';

const WORDS: Record<DossierLanguage, { heading: string; entry: (n: string) => string }> = {
  ru: { heading: 'Важные даты', entry: (n) => `к записи № ${n}` },
  en: { heading: 'Dates that matter', entry: (n) => `see entry No. ${n}` },
  be: { heading: 'Важныя даты', entry: (n) => `да запісу № ${n}` },
  uk: { heading: 'Важливі дати', entry: (n) => `до запису № ${n}` },
};

/** The calendar day of a period bound, as the date's own day is compared (in the date's zone). */
const dayOf = localDay;

export async function datesForDossier(db: Db, options: DossierOptions, data: DossierData): Promise<ImportantDate[]> {
  const included = new Set(data.entries.map((d) => d.entry.id));
  const chosen = (await listImportantDates(db)).filter((date) => {
    if (date.entryId !== undefined) return included.has(date.entryId);
    const startsAfterEnd = options.to !== undefined && date.from > dayOf(options.to, date.zone);
    const endsBeforeStart = options.from !== undefined && (date.to ?? date.from) < dayOf(options.from, date.zone);
    return !startsAfterEnd && !endsBeforeStart;
  });
  return data.redactor.active ? data.redactor.value(chosen) : chosen;
}

export function renderDatesThatMatter(ctx: RenderContext): void {
  const dates = ctx.data.dates ?? [];
  if (dates.length === 0) return;
  const words = WORDS[ctx.options.language];
  const exhibitOf = new Map(ctx.data.entries.map((d) => [d.entry.id, d.exhibit]));
  ctx.flow.paragraph(words.heading, 'h3', { after: 4 });
  for (const date of dates) {
    const days = date.to && date.to !== date.from ? `${ctx.fmt.calendarDay(date.from)} – ${ctx.fmt.calendarDay(date.to)}` : ctx.fmt.calendarDay(date.from);
    const exhibit = date.entryId ? exhibitOf.get(date.entryId) : undefined;
    ctx.flow.paragraph(`${days} (${ctx.fmt.place(date.zone)}) — ${SHARED_WORDS[ctx.options.language].dateKinds[date.kind]}: ${date.title}${exhibit ? ` (${words.entry(exhibit)})` : ''}`, 'body', { after: 2 });
  }
}
