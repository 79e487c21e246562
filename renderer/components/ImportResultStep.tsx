// Step 3: what went in, what was already there, and the pattern it shows.
import { useEffect, useState } from 'react';
import type { ImportResult, PatternStats } from '../../shared/imports';
import { dossier } from '../api';
import { formatInstant } from '../i18n/format';
import { useApp } from '../state/AppContext';
import { DayChart } from './DayChart';
import { StatusNote } from './StatusNote';

export function ImportResultStep({ result }: { result: ImportResult }) {
  const { t, locale, navigate } = useApp();
  const [stats, setStats] = useState<PatternStats | null>(null);
  useEffect(() => {
    dossier['stalking.patterns']({ entryId: result.entryId }).then(setStats, () => undefined);
  }, [result.entryId]);

  const burst = (b: PatternStats['longestBurst24h'], hours: number) =>
    b.count > 0 && b.from && b.to ? t('import.burst', { count: b.count, hours, from: formatInstant(b.from, locale), to: formatInstant(b.to, locale) }) : null;

  return (
    <section className="stack" aria-labelledby="result-title">
      <h2 id="result-title">{t('import.doneTitle')}</h2>
      <StatusNote>{t('import.doneLine', { count: result.imported, duplicates: result.duplicates })}</StatusNote>
      <p className="hint">{t('import.originalKept')}</p>
      {stats && (
        <>
          <DayChart days={stats.perDay} label={t('import.perDay', { count: stats.perDay.length })} peakLabel={(count) => t('import.busiestDay', { count })} locale={locale} />
          <ul>
            {[burst(stats.longestBurst24h, 24), burst(stats.longestBurst72h, 72)].filter(Boolean).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {stats.missedCalls > 0 && <li>{t('import.missedCalls', { count: stats.missedCalls })}</li>}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ screen: 'entry', id: result.entryId })}>
          {t('import.openEntry')}
        </button>
      </div>
    </section>
  );
}
