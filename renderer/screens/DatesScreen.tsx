// The dates that matter: each with the days left, and a short form to add one. A range that ends
// before it starts is refused here in words, and by the vault too. Each date is kept in the zone of
// its place (a court's city), chosen as a place like an entry's; it starts at the computer's.
import { useEffect, useState, type FormEvent } from 'react';
import { DATE_KINDS, type DatedItem, type DateKind } from '../../shared/dates';
import { dossier } from '../api';
import { DateStanding, dayRange } from '../components/DateStanding';
import { ErrorNote } from '../components/ErrorNote';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useApp } from '../state/AppContext';
import { systemTimeZone } from '../../shared/zonedTime';
import { DateField } from '../components/DateField';
import { ZonePicker } from '../components/ZonePicker';
import { placeName } from '../../shared/places';
import { languageOfLocale } from '../../shared/timeFormat';

const kindKey = (kind: DateKind) => `filing.kind_${kind.replace('-', '_')}` as 'filing.kind_protection_order';

export function DatesScreen() {
  const { t, locale } = useApp();
  const [items, setItems] = useState<DatedItem[]>([]);
  const [form, setForm] = useState(() => ({ kind: 'protection-order' as DateKind, from: '', to: '', title: '', zone: systemTimeZone() }));
  const [error, setError] = useState<unknown>(null);
  const [backwards, setBackwards] = useState(false);
  // A date kept in another place's zone says which; one in this computer's goes without.
  const here = systemTimeZone();
  const refresh = () => dossier['dates.list']({}).then(setItems, setError);
  useEffect(() => void refresh(), []);

  async function add(event: FormEvent): Promise<void> {
    event.preventDefault();
    setError(null);
    const wrongWay = form.to !== '' && form.from !== '' && form.to < form.from;
    setBackwards(wrongWay);
    if (wrongWay) return;
    try {
      await dossier['dates.add']({ draft: { kind: form.kind, from: form.from, ...(form.to ? { to: form.to } : {}), zone: form.zone, title: form.title } });
      setForm({ ...form, from: '', to: '', title: '' });
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('filing.datesTitle')}
      </h1>
      <p className="lead">{t('filing.datesLead')}</p>
      {items.length === 0 ? (
        <p className="note">{t('filing.noDates')}</p>
      ) : (
        <ul className="date-list">
          {items.map((item) => (
            <li key={item.id} className={item.due ? 'due' : undefined}>
              <strong>{dayRange(item, locale)}</strong>
              {item.zone !== here && ` (${placeName(item.zone, languageOfLocale(locale))})`} · {t(kindKey(item.kind))} · {item.title} — <DateStanding item={item} />
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={(event) => void add(event)} noValidate>
        <SelectField label={t('filing.kind')} value={form.kind} options={DATE_KINDS.map((kind) => ({ value: kind, label: t(kindKey(kind)) }))} onChange={(kind) => setForm({ ...form, kind })} hint={form.kind === 'protection-order' ? t('filing.protectionOrderHint') : undefined} />
        <TextField label={t('filing.dateTitle')} value={form.title} onChange={(title) => setForm({ ...form, title })} required />
        <DateField label={t('filing.from')} value={form.from} onChange={(from) => setForm({ ...form, from })} required />
        <DateField label={t('filing.to')} value={form.to} onChange={(to) => setForm({ ...form, to })} invalid={backwards} />
        <ZonePicker label={t('filing.dateZone')} hint={t('filing.dateZoneHint')} value={form.zone} onChange={(zone) => setForm({ ...form, zone })} />
        {backwards && (
          <p className="note note-error" role="alert">
            {t('filing.rangeBackwards')}
          </p>
        )}
        <ErrorNote error={error} />
        <div className="actions">
          <button type="submit" className="primary">
            {t('filing.addDate')}
          </button>
        </div>
      </form>
    </main>
  );
}
