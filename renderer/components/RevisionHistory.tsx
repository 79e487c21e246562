// Every earlier version of an entry, kept by the vault: an edit never destroys what was written.
// Each line says when it was replaced and which fields changed, with the earlier wording on request.
import { useEffect, useState } from 'react';
import type { Entry, EntryRecord, Revision } from '../../shared/domain';
import { dossier } from '../api';
import { formatInstant, formatOccurred } from '../i18n/format';
import { changedFields, type EditableField } from '../screens/revisionDiff';
import { useApp } from '../state/AppContext';
import { ErrorNote } from './ErrorNote';

export function RevisionHistory({ entry }: { entry: Entry }) {
  const { t, locale } = useApp();
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    dossier['entries.revisions']({ id: entry.id }).then(setRevisions, setError);
  }, [entry.id, entry.version]);

  function show(record: EntryRecord, field: EditableField): string {
    const value = (record as Record<string, unknown>)[field];
    if (value === undefined || value === null || value === '') return t('entry.empty');
    if (field === 'occurredAt') return formatOccurred(record.occurredAt, locale, t);
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.length === 0 ? t('entry.empty') : value.join(', ');
    return Object.values(value).filter(Boolean).join(' · ');
  }

  return (
    <section className="revisions" aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t('entry.history')}</h2>
      <ErrorNote error={error} />
      {revisions !== null && revisions.length === 0 && <p>{t('entry.noEdits')}</p>}
      {revisions !== null && revisions.length > 0 && (
        <ol className="revision-list">
          {revisions.map((revision, index) => {
            const next: EntryRecord = revisions[index + 1]?.record ?? entry;
            const fields = changedFields(revision.record, next);
            return (
              <li key={revision.version}>
                <p>
                  {t('entry.versionReplaced', { version: revision.version, when: formatInstant(revision.replacedAt, locale) })}{' '}
                  {fields.length > 0 ? t('entry.changed', { fields: fields.map((f) => t(`entry.field_${f}`)).join(', ') }) : t('entry.nothingChanged')}
                </p>
                {fields.length > 0 && (
                  <details>
                    <summary>{t('entry.showEarlier')}</summary>
                    <dl className="details">
                      {fields.map((field) => (
                        <div key={field}>
                          <dt>{t(`entry.field_${field}`)}</dt>
                          <dd>{show(revision.record, field)}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
