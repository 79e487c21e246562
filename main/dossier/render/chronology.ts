// Section 2: the chronology that can go with a private-prosecution statement (issue 9, item 5):
// one row per event under the entry's lasting number, dd.mm.yyyy and the time (the zone said once,
// above the table, and in a row only where it differs), what happened and where, injuries and
// medical help, the police report, witnesses by name, and the exhibit numbers of its files; then
// the list of people for the court (people.ts).
import type { Person } from '../../../shared/domain';
import type { Strings } from '../i18n';
import type { Format } from '../format';
import type { DossierEntry } from '../select';
import { startSection, type RenderContext } from './context';
import { categoryText } from './entries';
import type { Cell, Column } from './flow';
import { renderDatesThatMatter } from '../../filing/datesInDossier';
import { renderPeople } from './people';

/** "Приложение № 4.1, 4.2"; four or more as a range ("4.1–4.7"): they are numbered without gaps. */
export function exhibitList(s: Strings, d: DossierEntry): string {
  const numbers = d.attachments.map((a) => a.exhibit);
  if (numbers.length === 0) return '';
  return s.exhibitNo(numbers.length > 3 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', '));
}

/** "05.03.2024 18:30", "примерно 05.03.2024 18:30", "05.03.2024" (date only), a span with its end. */
export function whenText(s: Strings, fmt: Format, d: DossierEntry): string {
  const { at, zone, precision, end } = d.entry.occurredAt;
  const one = (instant: string) => (precision === 'date' ? fmt.date(instant, zone) : `${fmt.date(instant, zone)} ${fmt.time(instant, zone)}`);
  const text = `${precision === 'approximate' ? `${s.precision.approximate} ` : ''}${one(at)}${end ? ` – ${one(end)}` : ''}`;
  return zone === fmt.homeZone ? text : `${text}\n${fmt.zoneAt(at, zone)}`;
}

/** The zone most events happened in: the dossier's home zone, named once (format.ts). */
export function commonZone(entries: readonly DossierEntry[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const d of entries) counts.set(d.entry.occurredAt.zone, (counts.get(d.entry.occurredAt.zone) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
}

export function chronologyRow(s: Strings, fmt: Format, d: DossierEntry, people: ReadonlyMap<string, Person>): Cell[] {
  const e = d.entry;
  const categories = categoryText(s, e.kind, e.categories);
  const what = [`${s.kinds[e.kind]}: ${e.title}`, categories, e.kind === 'economic' && e.amount ? fmt.money(e.amount.value, e.amount.currency) : '', e.place ? `${s.entry.place}: ${e.place}` : ''];
  const incident = e.kind === 'incident' ? e : null;
  const police = incident?.policeReport;
  const policeText = police ? [police.date ? fmt.calendarDay(police.date) : '', police.number ?? '', police.outcome ?? ''].filter(Boolean).join(', ') : '';
  const witnesses = e.personIds.map((id) => people.get(id)).filter((p): p is Person => p !== undefined && p.role === 'witness').map((p) => p.name);
  const evidence = [exhibitList(s, d), d.messages.length ? fmt.count(d.messages.length, s.units.messages) : ''].filter(Boolean).join('\n');
  return [
    { text: d.exhibit, style: 'cellBold' },
    whenText(s, fmt, d),
    what.filter(Boolean).join('\n'),
    [incident?.injuries ?? '', incident?.medicalHelp ?? ''].filter(Boolean).join('\n') || s.none,
    policeText || s.none,
    witnesses.join('\n') || s.none,
    evidence || s.none,
  ];
}

export function renderChronology(ctx: RenderContext): void {
  const { flow, s, fmt, data } = ctx;
  startSection(ctx, 'chronology', s.sections.chronology);
  flow.paragraph(s.chronology.intro, 'small', { after: 4 });
  if (data.entries.length === 0) {
    flow.paragraph(s.chronology.empty, 'body');
  } else {
    flow.paragraph(s.chronology.zone(fmt.homeZoneText(data.entries.map((d) => d.entry.occurredAt.at))), 'small', { after: 8 });
    const columns: Column[] = [
      { title: s.chronology.exhibit, share: 0.05 },
      { title: s.chronology.when, share: 0.13 },
      { title: s.chronology.what, share: 0.27 },
      { title: s.chronology.injuries, share: 0.16 },
      { title: s.chronology.police, share: 0.15 },
      { title: s.chronology.witnesses, share: 0.11 },
      { title: s.chronology.evidence, share: 0.13 },
    ];
    flow.table(columns, (function* () {
      for (const d of data.entries) yield chronologyRow(s, fmt, d, data.people);
    })());
  }
  renderDatesThatMatter(ctx);
  renderPeople(ctx);
  flow.closeSection();
}
