// Everything an entry may have beyond "when" and "what happened", in sections that open on demand
// (issue 13): she writes the essentials in under a minute and adds the rest when she can.
import { CATEGORIES_BY_KIND, type Person } from '../../shared/domain';
import { categoryHintKey } from '../i18n/categoryHints';
import type { ChildrenPresent, EntryForm, FormProblems } from '../screens/entryForm';
import { useApp } from '../state/AppContext';
import { AttachmentIntake } from './AttachmentIntake';
import { ChoiceGroup } from './ChoiceGroup';
import { EconomicFields } from './EconomicFields';
import { FormSection } from './FormSection';
import { IncidentFields } from './IncidentFields';
import { PoliceReportFields } from './PoliceReportFields';
import { TextField } from './TextField';

interface EntrySectionsProps {
  form: EntryForm;
  people: readonly Person[];
  problems: FormProblems;
  attempt: number;
  onChange(changes: Partial<EntryForm>): void;
}

const typed = (...values: string[]) => values.some((value) => value.trim() !== '');

export function EntrySections({ form, people, problems, attempt, onChange }: EntrySectionsProps) {
  const { t } = useApp();
  const say = (field: keyof FormProblems) => (problems[field] ? t(problems[field]) : null);
  const has = (...fields: (keyof FormProblems)[]) => fields.some((field) => problems[field] !== undefined);
  const section = { attempt };
  return (
    <section className="entry-sections" aria-labelledby="entry-sections-title">
      <h2 id="entry-sections-title" className="optional-heading">
        {t('form.sectionsTitle')}
      </h2>
      <FormSection {...section} title={t('form.sectionAbout')} filled={typed(form.title, form.recordedBy) || form.categories.length > 0} problem={has('title', 'recordedBy')}>
        <TextField label={t('entry.title')} hint={t('entry.titleHint')} value={form.title} onChange={(title) => onChange({ title })} error={say('title')} />
        <ChoiceGroup
          multiple
          columns
          legend={t('entry.categories')}
          options={CATEGORIES_BY_KIND[form.kind].map((value) => {
            const hint = categoryHintKey(form.kind, value);
            return { value: value as string, label: t(`cat_${form.kind}.${value}` as never), hint: hint && t(hint) };
          })}
          selected={form.categories}
          onChange={(categories) => onChange({ categories })}
        />
        <TextField label={t('entry.recordedBy')} hint={t('entry.recordedByHint')} value={form.recordedBy} onChange={(recordedBy) => onChange({ recordedBy })} error={say('recordedBy')} />
      </FormSection>
      {form.kind === 'economic' && (
        <FormSection {...section} title={t('form.sectionMoney')} filled={typed(form.amount)} problem={has('amount', 'currency')}>
          <EconomicFields form={form} problems={problems} onChange={onChange} />
        </FormSection>
      )}
      <FormSection {...section} title={t('form.sectionPeople')} filled={form.personIds.length > 0 || form.childrenPresent !== 'unknown'} problem={false}>
        {people.length > 0 ? (
          <ChoiceGroup multiple legend={t('entry.people')} options={people.map((p) => ({ value: p.id, label: `${p.name} (${t(`common.role_${p.role}`)})` }))} selected={form.personIds} onChange={(personIds) => onChange({ personIds })} />
        ) : (
          <p className="hint">{t('entry.noPeopleYet')}</p>
        )}
        {form.kind === 'incident' && (
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
        )}
      </FormSection>
      <FormSection {...section} title={t('form.sectionPlace')} filled={typed(form.place)} problem={has('place')}>
        <TextField label={t('entry.place')} value={form.place} onChange={(place) => onChange({ place })} error={say('place')} />
      </FormSection>
      {form.kind === 'incident' && (
        <>
          <FormSection {...section} title={t('form.sectionInjuries')} filled={typed(form.injuries, form.medicalHelp)} problem={has('injuries', 'medicalHelp')}>
            <IncidentFields form={form} problems={problems} onChange={onChange} />
          </FormSection>
          <FormSection {...section} title={t('entry.policeReport')} filled={typed(form.policeDate, form.policeNumber, form.policeOutcome)} problem={has('policeDate', 'policeNumber', 'policeOutcome')}>
            <PoliceReportFields form={form} problems={problems} onChange={onChange} />
          </FormSection>
        </>
      )}
      <FormSection {...section} title={t('entry.files')} filled={form.files.length > 0} problem={false}>
        <AttachmentIntake files={form.files} onChange={(files) => onChange({ files })} />
      </FormSection>
    </section>
  );
}
