// The entries, newest first, as one long list that stays smooth at 10,000 entries: only the rows
// near the screen exist in the page (@tanstack/react-virtual), each measured as it is drawn, so rows
// grow with the text size (200 % zoom) instead of overlapping. The dates that matter, when given,
// stand among the entries by their first day (TimelineDateRow).
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { DatedItem } from '../../shared/dates';
import type { Entry } from '../../shared/domain';
import { TimelineDateRow } from './TimelineDateRow';
import { TimelineRow } from './TimelineRow';

type Row = { entry: Entry; date?: undefined } | { date: DatedItem; entry?: undefined };

/** Entries stay newest first; each date goes before the first entry that happened before its
 *  first day began (an instant compared with the day's start in its zone, to the day). */
function withDates(entries: readonly Entry[], dates: readonly DatedItem[]): Row[] {
  const pending = [...dates].sort((a, b) => b.from.localeCompare(a.from));
  const rows: Row[] = [];
  for (const entry of entries) {
    while (pending.length > 0 && pending[0]!.from > entry.occurredAt.at.slice(0, 10)) rows.push({ date: pending.shift()! });
    rows.push({ entry });
  }
  return [...rows, ...pending.map((date) => ({ date }))];
}

interface TimelineListProps {
  entries: readonly Entry[];
  /** Search snippets by entry id, shown instead of the start of the text. */
  snippets: ReadonlyMap<string, string> | null;
  label: string;
  /** The dates that matter, shown among the entries (left out while filtering). */
  dates?: readonly DatedItem[];
  /** The entry open beside the list, marked as the current one. */
  chosenId?: string;
}

export function TimelineList({ entries, snippets, label, dates = [], chosenId }: TimelineListProps) {
  const rows = useMemo(() => withDates(entries, dates), [entries, dates]);
  const listRef = useRef<HTMLUListElement>(null);
  // Where the list starts on the page (the filters above it change height as text grows).
  const [margin, setMargin] = useState(0);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 132,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => rows[index]?.entry?.id ?? rows[index]?.date?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const first = items[0];
  const last = items[items.length - 1];

  // Space above and below the drawn rows. Set through the CSSOM: the CSP (style-src 'self') allows
  // that, while a style="" attribute would be refused.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const top = Math.round(list.getBoundingClientRect().top + window.scrollY);
    if (top !== margin) setMargin(top);
    list.style.paddingTop = `${first ? first.start - margin : 0}px`;
    list.style.paddingBottom = `${last ? Math.max(0, total - (last.end - margin)) : 0}px`;
  });

  return (
    <ul className="timeline" ref={listRef} aria-label={label}>
      {items.map((item) => {
        const row = rows[item.index];
        if (row === undefined) return null;
        return (
          <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-setsize={rows.length} aria-posinset={item.index + 1}>
            {row.entry ? <TimelineRow entry={row.entry} snippet={snippets?.get(row.entry.id)} chosen={row.entry.id === chosenId} /> : <TimelineDateRow item={row.date} />}
          </li>
        );
      })}
    </ul>
  );
}
