// Adding or changing a person: name, who they are (role), relation, how to reach them (each contact
// on its own line, so a redaction finds each in any written form), address, notes. Every field of
// the person is on the form: saving never drops what the command line recorded.
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
  const [contacts, setContacts] = useState(person?.contacts?.join('\n') ?? person?.contact ?? '');
  const [address, setAddress] = useState(person?.address ?? '');
  const [notes, setNotes] = useState(person?.notes ?? '');
  const [error, setError] = useState<unknown>(null);
  const [needName, setNeedName] = useState(false);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (name.trim() === '') return setNeedName(true);
    setNeedName(false);
    const lines = contacts.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const draft: PersonDraft = {
      name: name.trim(),
      role,
      relation: relation.trim() || undefined,
      // `contact` keeps them joined as the command line writes it (shared/domain.ts).
      contact: lines.length > 0 ? lines.join('; ') : undefined,
      contacts: lines.length > 0 ? lines : undefined,
      address: address.trim() || undefined,
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
      <TextField multiline rows={2} label={t('people.contact')} hint={t('people.contactHint')} value={contacts} onChange={setContacts} />
      <TextField multiline rows={2} label={t('people.address')} hint={t('people.addressHint')} value={address} onChange={setAddress} />
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
