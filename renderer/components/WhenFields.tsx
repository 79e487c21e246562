// When it happened: the date, the time if known, how sure she is, and the time zone of the place
// (kept apart from when it is recorded, which the app sets by itself).
import { useId } from 'react';
import { PRECISIONS } from '../../shared/domain';
import type { EntryForm } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { ChoiceGroup } from './ChoiceGroup';
import { TextField } from './TextField';

type WhenPart = Pick<EntryForm, 'date' | 'time' | 'zone' | 'precision' | 'endDate' | 'endTime'>;

let zones: readonly string[] | null = null;
function allZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/** What is wrong with "when", per field, in words (shown beside that field; issue 13). */
export type WhenErrors = Partial<Record<'date' | 'endDate' | 'zone', string>>;

export function WhenFields({ form, onChange, errors = {} }: { form: WhenPart; onChange(changes: Partial<WhenPart>): void; errors?: WhenErrors }) {
  const { t } = useApp();
  const listId = useId();
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
        <TextField type="date" label={span ? t('entry.fromDate') : t('entry.date')} value={form.date} onChange={(date) => onChange({ date })} required error={errors.date} />
        {form.precision !== 'date' && <TextField type="time" label={t('entry.time')} value={form.time} onChange={(time) => onChange({ time })} />}
      </div>
      {span && (
        <div className="row">
          <TextField type="date" label={t('entry.toDate')} value={form.endDate} onChange={(endDate) => onChange({ endDate })} required error={errors.endDate} />
          <TextField type="time" label={t('entry.toTime')} value={form.endTime} onChange={(endTime) => onChange({ endTime })} />
        </div>
      )}
      <TextField label={t('entry.zone')} hint={t('entry.zoneHint')} value={form.zone} onChange={(zone) => onChange({ zone })} list={listId} error={errors.zone} />
      <datalist id={listId}>
        {allZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </fieldset>
  );
}
