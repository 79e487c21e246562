// Adding or changing a person: name, who they are (role), relation, how to reach them, notes.
import { useState, type FormEvent } from 'react';
import { PERSON_ROLES, type Person, type PersonDraft, type PersonRole } from '../../shared/domain';
import { dossier } from '../api';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface PersonFormProps {
  person: Person | null;
  onSaved(person: Person): void;
  onCancel(): void;
}

export function PersonForm({ person, onSaved, onCancel }: PersonFormProps) {
  const { t } = useApp();
  const [name, setName] = useState(person?.name ?? '');
  const [role, setRole] = useState<PersonRole>(person?.role ?? 'perpetrator');
  const [relation, setRelation] = useState(person?.relation ?? '');
  const [contact, setContact] = useState(person?.contact ?? '');
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [error, setError] = useState<unknown>(null);
  const [needName, setNeedName] = useState(false);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (name.trim() === '') return setNeedName(true);
    setNeedName(false);
    const draft: PersonDraft = {
      name: name.trim(),
      role,
      relation: relation.trim() || undefined,
      contact: contact.trim() || undefined,
      notes: notes.trim() || undefined,
    };
    try {
      onSaved(person === null ? await dossier['people.create']({ draft }) : await dossier['people.update']({ id: person.id, draft }));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form className="stack person-form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="person-form-title">
      <h2 id="person-form-title">{person === null ? t('people.addTitle') : t('people.editTitle', { name: person.name })}</h2>
      <TextField label={t('people.name')} hint={t('people.nameHint')} value={name} onChange={setName} required invalid={needName} />
      <SelectField<PersonRole> label={t('people.role')} value={role} options={PERSON_ROLES.map((value) => ({ value, label: t(`common.role_${value}`) }))} onChange={setRole} />
      <TextField label={t('people.relation')} hint={t('people.relationHint')} value={relation} onChange={setRelation} />
      <TextField label={t('people.contact')} hint={t('people.contactHint')} value={contact} onChange={setContact} />
      <TextField multiline rows={3} label={t('people.notes')} value={notes} onChange={setNotes} />
      {needName && (
        <p className="note note-error" role="alert">
          {t('people.needName')}
        </p>
      )}
      <ErrorNote error={error} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('people.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
