// What only an incident has: injuries, medical help, a police report, whether children were there.
import type { ChildrenPresent, EntryForm } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { ChoiceGroup } from './ChoiceGroup';
import { TextField } from './TextField';
import { DateField } from './DateField';

type IncidentPart = Pick<EntryForm, 'injuries' | 'medicalHelp' | 'policeDate' | 'policeNumber' | 'policeOutcome' | 'childrenPresent'>;

export function IncidentFields({ form, onChange }: { form: IncidentPart; onChange(changes: Partial<IncidentPart>): void }) {
  const { t } = useApp();
  return (
    <>
      <TextField multiline rows={3} label={t('entry.injuries')} hint={t('entry.injuriesHint')} value={form.injuries} onChange={(injuries) => onChange({ injuries })} />
      <TextField multiline rows={3} label={t('entry.medicalHelp')} hint={t('entry.medicalHelpHint')} value={form.medicalHelp} onChange={(medicalHelp) => onChange({ medicalHelp })} />
      <fieldset className="group">
        <legend>{t('entry.policeReport')}</legend>
        <p className="hint">{t('entry.policeReportHint')}</p>
        <div className="row">
          <DateField label={t('entry.policeDate')} value={form.policeDate} onChange={(policeDate) => onChange({ policeDate })} />
          <TextField label={t('entry.policeNumber')} value={form.policeNumber} onChange={(policeNumber) => onChange({ policeNumber })} />
        </div>
        <TextField multiline rows={2} label={t('entry.policeOutcome')} value={form.policeOutcome} onChange={(policeOutcome) => onChange({ policeOutcome })} />
      </fieldset>
      <ChoiceGroup<ChildrenPresent>
        legend={t('entry.childrenPresent')}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
          { value: 'unknown', label: t('entry.notSaying') },
        ]}
        selected={[form.childrenPresent]}
        onChange={([childrenPresent]) => childrenPresent && onChange({ childrenPresent })}
      />
    </>
  );
}
