// Every field of an entry, in plain words, as a list of "label: value".
import type { Entry, Person } from '../../shared/domain';
import { DEFAULT_RECORDER, inSentence, listOf } from '../../shared/words/phrases';
import { formatDay, formatInstant, formatMoney, formatOccurred, formatZone } from '../i18n/format';
import { useApp } from '../state/AppContext';

export function EntryDetails({ entry, people }: { entry: Entry; people: readonly Person[] }) {
  const { t, locale } = useApp();
  const rows: [string, string][] = [
    [t('entry.when'), `${formatOccurred(entry.occurredAt, locale, t)} (${formatZone(entry.occurredAt.zone, entry.occurredAt.at, locale)})`],
    [t('entry.recorded'), t('entry.recordedLine', { when: formatInstant(entry.recordedAt, locale), who: entry.recordedBy === DEFAULT_RECORDER ? t('entry.byOwner') : entry.recordedBy })],
  ];
  if (entry.place) rows.push([t('entry.place'), entry.place]);
  // Listed as the dossier lists them (shared/words): a role may hold a comma («лицо, совершившее насилие»).
  if (entry.categories.length > 0) rows.push([t('entry.categoriesShort'), listOf(entry.categories.map((c) => t(`cat_${entry.kind}.${c}` as never)))]);
  if (people.length > 0) rows.push([t('entry.people'), people.map((p) => `${p.name} (${inSentence(t(`common.role_${p.role}`))})`).join('; ')]);
  if (entry.kind === 'incident') {
    if (entry.injuries) rows.push([t('entry.injuries'), entry.injuries]);
    if (entry.medicalHelp) rows.push([t('entry.medicalHelp'), entry.medicalHelp]);
    const police = entry.policeReport;
    if (police) rows.push([t('entry.policeReport'), [police.date && formatDay(police.date, locale), police.number && `№ ${police.number}`, police.outcome].filter(Boolean).join(' · ')]);
    if (entry.childrenPresent !== undefined) rows.push([t('entry.childrenPresent'), entry.childrenPresent ? t('common.yes') : t('common.no')]);
  }
  if (entry.kind === 'economic' && entry.amount) rows.push([t('entry.amount'), formatMoney(entry.amount, locale)]);
  return (
    <>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.text !== '' && (
        <>
          <h2>{t('entry.whatHappened')}</h2>
          <p className="entry-text">{entry.text}</p>
        </>
      )}
    </>
  );
}
