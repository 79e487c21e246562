// The entries, newest first, as one long list that stays smooth at 10,000 entries: only the rows
// near the screen exist in the page (@tanstack/react-virtual), each measured as it is drawn, so rows
// grow with the text size (200 % zoom) instead of overlapping.
import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Entry } from '../../shared/domain';
import { TimelineRow } from './TimelineRow';

interface TimelineListProps {
  entries: readonly Entry[];
  /** Search snippets by entry id, shown instead of the start of the text. */
  snippets: ReadonlyMap<string, string> | null;
  label: string;
  /** The entry open beside the list, marked as the current one. */
  chosenId?: string;
}

export function TimelineList({ entries, snippets, label, chosenId }: TimelineListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // Where the list starts on the page (the filters above it change height as text grows).
  const [margin, setMargin] = useState(0);
  const virtualizer = useWindowVirtualizer({
    count: entries.length,
    estimateSize: () => 132,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => entries[index]?.id ?? index,
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
        const entry = entries[item.index];
        if (entry === undefined) return null;
        return (
          <li key={item.key} data-index={item.index} ref={virtualizer.measureElement} aria-setsize={entries.length} aria-posinset={item.index + 1}>
            <TimelineRow entry={entry} snippet={snippets?.get(entry.id)} chosen={entry.id === chosenId} />
          </li>
        );
      })}
    </ul>
  );
}
