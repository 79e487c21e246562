// The people in the record: the abuser(s), witnesses, helpers. Entries point at them by name.
import { useEffect, useState } from 'react';
import type { Person } from '../../shared/domain';
import { dossier } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { PersonForm } from '../components/PersonForm';
import { StatusNote } from '../components/StatusNote';
import { useApp } from '../state/AppContext';

export function PeopleScreen() {
  const { t } = useApp();
  const [people, setPeople] = useState<Person[] | null>(null);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    dossier['people.list']({}).then(setPeople, setError);
  }, []);

  function onSaved(person: Person): void {
    setPeople((list) => [...(list ?? []).filter((p) => p.id !== person.id), person].sort((a, b) => a.name.localeCompare(b.name)));
    setEditing(null);
    setSaved(t('people.saved', { name: person.name }));
  }

  // A note about the last save would read as being about the form she has just opened.
  function startEditing(person: Person | 'new'): void {
    setSaved(null);
    setEditing(person);
  }

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <div className="screen-head">
        <h1 id="screen-title" tabIndex={-1}>
          {t('people.title')}
        </h1>
        {editing === null && (
          <button type="button" className="primary" onClick={() => startEditing('new')}>
            {t('people.add')}
          </button>
        )}
      </div>
      <p className="lead">{t('people.lead')}</p>
      <ErrorNote error={error} />
      <StatusNote>{saved}</StatusNote>
      {editing !== null && <PersonForm person={editing === 'new' ? null : editing} onSaved={onSaved} onCancel={() => setEditing(null)} />}
      {people !== null && people.length === 0 && editing === null && <p className="empty">{t('people.empty')}</p>}
      {people !== null && people.length > 0 && (
        <ul className="people-list">
          {people.map((person) => (
            <li key={person.id}>
              <div>
                <p className="person-name">{person.name}</p>
                <p className="hint">
                  {t(`common.role_${person.role}`)}
                  {person.relation ? ` · ${person.relation}` : ''}
                </p>
              </div>
              <button type="button" className="secondary" aria-label={t('people.editNamed', { name: person.name })} onClick={() => startEditing(person)}>
                {t('people.edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
