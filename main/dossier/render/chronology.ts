// Section 2: one line per event, oldest first, each under the entry's lasting number (migration
// 003), its files named by exhibit number ("Приложение № 4.1, 4.2"), so the chronology can go with
// a statement and point at the very files.
import type { Strings } from '../i18n';
import type { Format } from '../format';
import type { DossierEntry } from '../select';
import { startSection, type RenderContext } from './context';
import { categoryText } from './entries';
import type { Cell, Column } from './flow';

/** "Приложение № 4.1, 4.2"; four or more as a range ("4.1–4.7"): they are numbered without gaps. */
export function exhibitList(s: Strings, d: DossierEntry): string {
  const numbers = d.attachments.map((a) => a.exhibit);
  if (numbers.length === 0) return '';
  return s.exhibitNo(numbers.length > 3 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', '));
}

export function chronologyRow(s: Strings, fmt: Format, d: DossierEntry): Cell[] {
  const e = d.entry;
  const evidence = [exhibitList(s, d), d.messages.length ? fmt.count(d.messages.length, s.units.messages) : '']
    .filter(Boolean)
    .join('\n');
  const categories = categoryText(s, e.categories);
  const amount = e.kind === 'economic' && e.amount ? `\n${fmt.money(e.amount.value, e.amount.currency)}` : '';
  return [
    { text: d.exhibit, style: 'cellBold' },
    `${fmt.occurred(e.occurredAt, false)}\n${e.occurredAt.zone}`,
    s.kinds[e.kind],
    `${e.title}${categories ? `\n${categories}` : ''}${amount}`,
    evidence || s.none,
  ];
}

export function renderChronology(ctx: RenderContext): void {
  const { flow, s, fmt, data } = ctx;
  startSection(ctx, 'chronology', s.sections.chronology);
  flow.paragraph(s.chronology.intro, 'small', { after: 8 });
  if (data.entries.length === 0) {
    flow.paragraph(s.chronology.empty, 'body');
  } else {
    const columns: Column[] = [
      { title: s.chronology.exhibit, share: 0.08 },
      { title: s.chronology.when, share: 0.22 },
      { title: s.chronology.kind, share: 0.16 },
      { title: s.chronology.what, share: 0.36 },
      // Wide enough for the longest heading word ("Доказательства", "Доказы", "Evidence") on one line.
      { title: s.chronology.evidence, share: 0.18 },
    ];
    flow.table(columns, (function* () {
      for (const d of data.entries) yield chronologyRow(s, fmt, d);
    })());
  }
  flow.closeSection();
}
