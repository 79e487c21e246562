// What goes into the dossier and how it reads: language, paper, period and the place whose clock
// it is counted in, kinds, people, what to take out (redactions), and the cover's lines.
import { LANGUAGES } from '../../shared/appContract';
import { ENTRY_KINDS, type Person } from '../../shared/domain';
import { isCopyForOthers } from '../../shared/dossierOptions';
import { redactionsOf, type ExportForm } from '../screens/exportForm';
import { useApp } from '../state/AppContext';
import { CheckboxField } from './CheckboxField';
import { ChoiceGroup } from './ChoiceGroup';
import { LANGUAGE_NAMES } from './LanguagePicker';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { DateField } from './DateField';
import { ZonePicker } from './ZonePicker';

interface FieldsProps {
  form: ExportForm;
  people: readonly Person[];
  onChange(changes: Partial<ExportForm>): void;
}

export function ExportOptionsFields({ form, people, onChange }: FieldsProps) {
  const { t } = useApp();
  // The export drops photos' GPS from any copy that removes something (shared/dossierOptions.ts).
  const forOthers = isCopyForOthers(redactionsOf(form));
  return (
    <>
      <div className="row">
        <SelectField label={t('export.language')} value={form.language} options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))} onChange={(language) => onChange({ language })} />
        <SelectField label={t('export.paper')} value={form.paper} options={[{ value: 'A4' as const, label: 'A4' }, { value: 'Letter' as const, label: 'Letter' }]} onChange={(paper) => onChange({ paper })} />
      </div>
      <fieldset className="group">
        <legend>{t('export.period')}</legend>
        <p className="hint">{t('export.periodHint')}</p>
        <div className="row">
          <DateField label={t('timeline.from')} value={form.from} onChange={(from) => onChange({ from })} />
          <DateField label={t('timeline.to')} value={form.to} onChange={(to) => onChange({ to })} />
        </div>
        <ZonePicker label={t('export.zone')} hint={t('export.zoneHint')} value={form.zone} onChange={(zone) => onChange({ zone })} />
      </fieldset>
      <ChoiceGroup multiple legend={t('export.kinds')} options={ENTRY_KINDS.map((value) => ({ value, label: t(`common.kind_${value}`) }))} selected={form.kinds} onChange={(kinds) => onChange({ kinds })} />
      {people.length > 0 && (
        <ChoiceGroup multiple legend={t('export.people')} hint={t('export.peopleHint')} options={people.map((p) => ({ value: p.id, label: p.name }))} selected={form.personIds} onChange={(personIds) => onChange({ personIds })} />
      )}
      <fieldset className="group">
        <legend>{t('export.redact')}</legend>
        <p className="hint">{t('export.redactHint')}</p>
        <CheckboxField label={t('export.redactSurvivor')} checked={form.survivorContacts} onChange={(survivorContacts) => onChange({ survivorContacts })} />
        <CheckboxField label={t('export.redactWitnesses')} checked={form.witnessContacts} onChange={(witnessContacts) => onChange({ witnessContacts })} />
        <CheckboxField label={t('export.redactHelpers')} checked={form.helperNames} onChange={(helperNames) => onChange({ helperNames })} />
        {people.length > 0 && (
          <ChoiceGroup multiple legend={t('export.redactPeople')} hint={t('export.redactPeopleHint')} options={people.map((p) => ({ value: p.id, label: p.name }))} selected={form.removedPeople} onChange={(removedPeople) => onChange({ removedPeople })} />
        )}
        <CheckboxField
          label={t('export.redactPhotoPlaces')}
          checked={form.photoLocations || forOthers}
          fixed={forOthers}
          hint={forOthers ? t('export.redactPhotoPlacesAlways') : undefined}
          onChange={(photoLocations) => onChange({ photoLocations })}
        />
        <TextField multiline rows={3} label={t('export.redactWords')} hint={t('export.redactWordsHint')} value={form.words} onChange={(words) => onChange({ words })} />
      </fieldset>
      <fieldset className="group">
        <legend>{t('export.cover')}</legend>
        <TextField label={t('export.caseReference')} hint={t('export.caseReferenceHint')} value={form.caseReference} onChange={(caseReference) => onChange({ caseReference })} />
        <TextField label={t('export.preparedBy')} value={form.preparedBy} onChange={(preparedBy) => onChange({ preparedBy })} />
        <TextField label={t('export.recipient')} value={form.recipient} onChange={(recipient) => onChange({ recipient })} />
        <TextField multiline rows={2} label={t('export.purpose')} value={form.purpose} onChange={(purpose) => onChange({ purpose })} />
      </fieldset>
    </>
  );
}
