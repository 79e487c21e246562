// How much is recorded: entries by kind, and money lost per currency (exact sums).
import type { Amount, Entry } from '../../shared/domain';
import { ENTRY_KINDS } from '../../shared/domain';
import { formatMoney, totalsByCurrency } from '../i18n/format';
import { useApp } from '../state/AppContext';

export function TimelineCounts({ entries, complete }: { entries: readonly Entry[]; complete: boolean }) {
  const { t, locale } = useApp();
  if (!complete) return <p className="counts">{t('timeline.counting')}</p>;
  const amounts = entries.flatMap((entry): Amount[] => (entry.kind === 'economic' && entry.amount ? [entry.amount] : []));
  const totals = totalsByCurrency(amounts);
  return (
    <div className="counts" aria-live="polite">
      <p>
        <strong>{t('timeline.total', { count: entries.length })}</strong>
        {/* Only the kinds there are: three lines of "0 …" hid the entries at 1024×640. */}
        {ENTRY_KINDS.map((kind) => [kind, entries.filter((entry) => entry.kind === kind).length] as const)
          .filter(([, count]) => count > 0)
          .map(([kind, count]) => (
            <span key={kind} className="count-kind">
              {t(`timeline.count_${kind}`, { count })}
            </span>
          ))}
      </p>
      {totals.length > 0 && <p>{t('timeline.losses', { amounts: totals.map((amount) => formatMoney(amount, locale)).join('; ') })}</p>}
    </div>
  );
}
