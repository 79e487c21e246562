// What is due, shown once when she unlocks (issue 10): the app's own notice, never the operating
// system's notification centre — a notification on a lock screen would betray her.
import { useEffect, useState } from 'react';
import type { DatedItem } from '../../shared/dates';
import { canUse, dossier } from '../api';
import { useApp } from '../state/AppContext';
import { DateStanding, dayRange } from './DateStanding';

export function DueDates() {
  const { t, locale } = useApp();
  const [due, setDue] = useState<DatedItem[]>([]);
  useEffect(() => {
    if (!canUse('dates.list')) return;
    dossier['dates.list']({}).then((items) => setDue(items.filter((d) => d.due)), () => undefined);
  }, []);
  if (due.length === 0) return null;
  return (
    <section className="note due-dates" aria-labelledby="due-dates-title">
      <h2 id="due-dates-title">{t('filing.dueTitle')}</h2>
      <ul>
        {due.map((item) => (
          <li key={item.id}>
            <strong>{dayRange(item, locale)}</strong> {item.title} — <DateStanding item={item} />
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={() => setDue([])}>
        {t('filing.dueDismiss')}
      </button>
    </section>
  );
}
