// What the dossier will hold with these choices, and the chance to leave out single entries.
import type { Entry } from '../../shared/domain';
import { ENTRY_KINDS } from '../../shared/domain';
import { formatOccurred } from '../i18n/format';
import { useApp } from '../state/AppContext';

interface SummaryProps {
  entries: readonly Entry[];
  excluded: readonly string[];
  onExclude(excluded: string[]): void;
}

export function ExportSummary({ entries, excluded, onExclude }: SummaryProps) {
  const { t, locale } = useApp();
  const included = entries.filter((entry) => !excluded.includes(entry.id));
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('export.summary')}</h2>
      <p aria-live="polite">
        <strong>{t('timeline.total', { count: included.length })}</strong>
        {ENTRY_KINDS.map((kind) => (
          <span key={kind} className="count-kind">
            {t(`timeline.count_${kind}`, { count: included.filter((entry) => entry.kind === kind).length })}
          </span>
        ))}
      </p>
      {entries.length > 0 && (
        <details>
          <summary>{t('export.leaveOut')}</summary>
          <ul className="plain-list">
            {entries.slice(0, 500).map((entry) => (
              <li key={entry.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={!excluded.includes(entry.id)}
                    onChange={(event) => onExclude(event.target.checked ? excluded.filter((id) => id !== entry.id) : [...excluded, entry.id])}
                  />
                  <span>
                    {formatOccurred(entry.occurredAt, locale, t)} — {entry.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
