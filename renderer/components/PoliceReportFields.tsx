// A police (militia) report about an incident: when it was made, its number, what came of it.
import type { EntryForm, FormProblems } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { DateField } from './DateField';
import { TextField } from './TextField';

type PolicePart = Pick<EntryForm, 'policeDate' | 'policeNumber' | 'policeOutcome'>;

export function PoliceReportFields({ form, problems, onChange }: { form: PolicePart; problems: FormProblems; onChange(changes: Partial<PolicePart>): void }) {
  const { t } = useApp();
  const say = (field: keyof PolicePart) => (problems[field] ? t(problems[field]) : null);
  return (
    <>
      <p className="hint">{t('entry.policeReportHint')}</p>
      <div className="row">
        <DateField label={t('entry.policeDate')} value={form.policeDate} onChange={(policeDate) => onChange({ policeDate })} error={say('policeDate')} />
        <TextField label={t('entry.policeNumber')} value={form.policeNumber} onChange={(policeNumber) => onChange({ policeNumber })} error={say('policeNumber')} />
      </div>
      <TextField multiline rows={2} label={t('entry.policeOutcome')} value={form.policeOutcome} onChange={(policeOutcome) => onChange({ policeOutcome })} error={say('policeOutcome')} />
    </>
  );
}
