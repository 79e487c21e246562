// What only an incident has about her body: injuries and medical help. (The police report and
// whether children were there have their own places in the form.)
import type { EntryForm, FormProblems } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { TextField } from './TextField';

type InjuryPart = Pick<EntryForm, 'injuries' | 'medicalHelp'>;

export function IncidentFields({ form, problems, onChange }: { form: InjuryPart; problems: FormProblems; onChange(changes: Partial<InjuryPart>): void }) {
  const { t } = useApp();
  return (
    <>
      <TextField multiline rows={3} label={t('entry.injuries')} hint={t('entry.injuriesHint')} value={form.injuries} onChange={(injuries) => onChange({ injuries })} error={problems.injuries ? t(problems.injuries) : null} />
      <TextField multiline rows={3} label={t('entry.medicalHelp')} hint={t('entry.medicalHelpHint')} value={form.medicalHelp} onChange={(medicalHelp) => onChange({ medicalHelp })} error={problems.medicalHelp ? t(problems.medicalHelp) : null} />
    </>
  );
}
