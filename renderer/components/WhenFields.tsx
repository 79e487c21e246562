// When it happened: the date, the time if known, how sure she is, and the place whose clock it was
// (kept apart from when it is recorded, which the app sets by itself). Dates and times are typed in
// her style (dd.mm.yyyy, 24-hour) whatever the browser's locale; the zone is chosen as a place.
import { PRECISIONS } from '../../shared/domain';
import { wallToUtc } from '../../shared/zonedTime';
import type { EntryForm } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { ChoiceGroup } from './ChoiceGroup';
import { DateField } from './DateField';
import { TimeField } from './TimeField';
import { ZonePicker } from './ZonePicker';

type WhenPart = Pick<EntryForm, 'date' | 'time' | 'zone' | 'precision' | 'endDate' | 'endTime'>;

/** The instant whose offset the place list shows: the day she typed (a winter day in Kyiv is
 *  UTC+02:00), or now while the date does not read yet. */
function offsetInstant(form: WhenPart): string | undefined {
  try {
    return wallToUtc(form.date, /^\d{2}:\d{2}$/.test(form.time) ? form.time : '12:00', form.zone);
  } catch {
    return undefined;
  }
}

/** What is wrong with "when", per field, in words (shown beside that field; issue 13). */
export type WhenErrors = Partial<Record<'date' | 'endDate' | 'zone', string>>;

export function WhenFields({ form, onChange, errors = {} }: { form: WhenPart; onChange(changes: Partial<WhenPart>): void; errors?: WhenErrors }) {
  const { t } = useApp();
  const span = form.precision === 'span';
  return (
    <fieldset className="group when">
      <legend>{t('entry.when')}</legend>
      <ChoiceGroup
        legend={t('entry.precision')}
        options={PRECISIONS.map((value) => ({ value, label: t(`entry.precision_${value}`) }))}
        selected={[form.precision]}
        onChange={([precision]) => precision && onChange({ precision })}
      />
      <div className="row">
        <DateField label={span ? t('entry.fromDate') : t('entry.date')} value={form.date} onChange={(date) => onChange({ date })} required error={errors.date} />
        {form.precision !== 'date' && <TimeField label={t('entry.time')} value={form.time} onChange={(time) => onChange({ time })} />}
      </div>
      {span && (
        <div className="row">
          <DateField label={t('entry.toDate')} value={form.endDate} onChange={(endDate) => onChange({ endDate })} required error={errors.endDate} />
          <TimeField label={t('entry.toTime')} value={form.endTime} onChange={(endTime) => onChange({ endTime })} />
        </div>
      )}
      <ZonePicker label={t('entry.zone')} value={form.zone} onChange={(zone) => onChange({ zone })} at={offsetInstant(form)} error={errors.zone} />
    </fieldset>
  );
}
