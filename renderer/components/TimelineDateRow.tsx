// A date that matters among the timeline's events (issue 10): a protection order, a hearing, a
// deadline — drawn apart from entries (its own mark and border), and leading to the Dates screen,
// where it is kept, rather than to an entry.
import type { DatedItem } from '../../shared/dates';
import { useApp } from '../state/AppContext';
import { DateStanding, dateKindKey, dayRange } from './DateStanding';

export function TimelineDateRow({ item }: { item: DatedItem }) {
  const { t, navigate, locale } = useApp();
  const kind = t(dateKindKey(item.kind));
  // "Защитное предписание до 12.03.2024": a range is read by its last day, a day by itself.
  const when = item.to && item.to !== item.from ? t('filing.timelineUntil', { to: dayRange({ from: item.to }, locale) }) : dayRange(item, locale);
  return (
    <button type="button" className="timeline-row timeline-date" onClick={() => navigate({ screen: 'dates' })}>
      <span className="row-meta">
        <span className="kind-label">{t('filing.timelineDateMark')}</span>
        <span className="row-when">{`${kind} ${when}`}</span>
        <DateStanding item={item} />
      </span>
      <span className="row-title">{item.title}</span>
    </button>
  );
}
