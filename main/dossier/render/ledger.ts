// Section 5: the economic-abuse ledger, oldest first, with a running total per currency (exact
// decimal sums, never floats) and the totals at the end.
import { addDecimal, totalsByCurrency } from '../decimal';
import { startSection, type RenderContext } from './context';
import { categoryText } from './entries';
import type { Cell, Column } from './flow';

export function ledgerRows(ctx: RenderContext): Cell[][] {
  const { s, fmt, data } = ctx;
  const running = new Map<string, string>();
  return data.entries
    .filter((d) => d.entry.kind === 'economic')
    .map((d) => {
      const e = d.entry;
      const amount = e.kind === 'economic' ? e.amount : undefined;
      let total = s.none;
      if (amount) {
        const next = addDecimal(running.get(amount.currency) ?? '0', amount.value);
        running.set(amount.currency, next);
        total = fmt.money(next, amount.currency);
      }
      return [
        { text: d.exhibit, style: 'cellBold' },
        fmt.occurred(e.occurredAt),
        categoryText(s, e.kind, e.categories) || s.none,
        e.title,
        amount ? fmt.money(amount.value, amount.currency) : s.ledger.noAmount,
        total,
      ];
    });
}

export function renderLedger(ctx: RenderContext): void {
  const { flow, s, fmt, data } = ctx;
  startSection(ctx, 'ledger', s.sections.ledger);
  flow.paragraph(s.ledger.intro, 'small', { after: 8 });
  const rows = ledgerRows(ctx);
  if (rows.length === 0) flow.paragraph(s.ledger.empty, 'body');
  else {
    const columns: Column[] = [
      { title: s.chronology.exhibit, share: 0.08 },
      { title: s.ledger.date, share: 0.2 },
      { title: s.ledger.form, share: 0.17 },
      { title: s.ledger.what, share: 0.25 },
      { title: s.ledger.amount, share: 0.14, align: 'right' },
      { title: s.ledger.running, share: 0.16, align: 'right' },
    ];
    flow.table(columns, rows);
    const amounts = data.entries.flatMap((d) => (d.entry.kind === 'economic' && d.entry.amount ? [d.entry.amount] : []));
    const totals = totalsByCurrency(amounts);
    if (totals.length) {
      flow.heading(3, s.ledger.totals, 20 * totals.length);
      flow.fields(totals.map((t) => [t.currency, fmt.money(t.total, t.currency)]), 0.2);
    }
  }
  flow.closeSection();
}
