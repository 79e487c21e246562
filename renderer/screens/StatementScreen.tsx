// "Prepare a statement to the court": tick the events, say which court, choose where to save, and
// get an editable Word draft. Only what she ticks goes in: the accused receives a copy. What happened
// is said right under the button; writing again to the same file asks once.
import { useEffect, useRef, useState } from 'react';
import type { Entry, Person } from '../../shared/domain';
import type { Jurisdiction, StatementLanguage } from '../../shared/filingContract';
import { dossier } from '../api';
import { CheckboxField } from '../components/CheckboxField';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ErrorNote } from '../components/ErrorNote';
import { ReplaceQuestion } from '../components/ReplaceQuestion';
import { SaveTargetChooser } from '../components/SaveTargetChooser';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useApp } from '../state/AppContext';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { useSaveTarget } from '../state/useSaveTarget';
import { useSubmission } from '../state/useSubmission';
import { dateText, languageOfLocale } from '../../shared/timeFormat';

const FROM_ENTRIES = '';

export function StatementScreen() {
  const { t, locale } = useApp();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [accusable, setAccusable] = useState<Person[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('by');
  const [language, setLanguage] = useState<StatementLanguage>('ru');
  const [accusedId, setAccusedId] = useState(FROM_ENTRIES);
  const [court, setCourt] = useState('');
  const place = useSaveTarget('statement', 'statement.docx');
  const writing = useSubmission<{ name: string; blanks: number }>();
  const [listError, setListError] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, place.attempt);

  useEffect(() => {
    dossier['entries.list']({}).then((list) => setEntries([...list].reverse()), setListError);
    dossier['people.list']({}).then((people) => setAccusable(people.filter((p) => p.role === 'perpetrator')), () => undefined);
  }, []);

  function write(): void {
    const target = place.take();
    if (target === null) return;
    void writing.run(async () => {
      // force: a fresh pick was confirmed by the system's dialog, a repeat by her answer above.
      const result = await dossier['statement.write']({
        jurisdiction,
        language: jurisdiction === 'ru' ? 'ru' : language,
        entryIds: chosen,
        path: target.handle,
        force: true,
        ...(accusedId !== FROM_ENTRIES ? { accusedId } : {}),
        ...(court.trim() ? { court: court.trim() } : {}),
      });
      place.wrote();
      return { name: result.path, blanks: result.blanks };
    });
  }

  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));
  const when = (entry: Entry) => dateText(entry.occurredAt.at, entry.occurredAt.zone, languageOfLocale(locale));

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('filing.statementTitle')}
      </h1>
      <p className="lead">{t('filing.statementLead')}</p>
      <form ref={formRef} className="stack" onSubmit={(event) => place.submit(event, writing.busy, write)} noValidate>
        <ChoiceGroup
          legend={t('filing.jurisdiction')}
          options={[{ value: 'by' as const, label: t('filing.jurisdictionBy') }, { value: 'ru' as const, label: t('filing.jurisdictionRu') }]}
          selected={[jurisdiction]}
          onChange={([value]) => value && setJurisdiction(value)}
        />
        {jurisdiction === 'by' ? (
          <SelectField label={t('filing.language')} value={language} options={[{ value: 'ru' as const, label: t('filing.languageRu') }, { value: 'be' as const, label: t('filing.languageBe') }]} onChange={(value: StatementLanguage) => setLanguage(value)} />
        ) : (
          <p className="hint">{t('filing.languageRuOnly')}</p>
        )}
        <fieldset className="choices">
          <legend>{t('filing.entries')}</legend>
          <p className="hint">{t('filing.entriesHint')}</p>
          {entries.length === 0 && <p className="note">{t('filing.noEntries')}</p>}
          {entries.map((entry) => (
            <CheckboxField key={entry.id} label={`№ ${entry.number} · ${when(entry)} · ${entry.title}`} checked={chosen.includes(entry.id)} onChange={(on) => toggle(entry.id, on)} />
          ))}
        </fieldset>
        <SelectField
          label={t('filing.accused')}
          hint={t('filing.accusedHint')}
          value={accusedId}
          options={[{ value: FROM_ENTRIES, label: t('filing.accusedFromEntries') }, ...accusable.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={setAccusedId}
        />
        <TextField label={t('filing.court')} hint={t('filing.courtHint')} value={court} onChange={setCourt} />
        <SaveTargetChooser place={place} label={t('filing.target')} hint={t('filing.targetHint')} missing={t('form.needStatementTarget')} />
        <ErrorNote error={listError} />
        <div className="actions">
          <button type="submit" className="primary" disabled={writing.busy}>
            {writing.busy ? t('filing.writing') : t('filing.write')}
          </button>
        </div>
        {place.asking && place.target && <ReplaceQuestion name={place.target.name} onReplace={write} onChooseAnother={() => void place.chooseAnother()} />}
        <ErrorNote error={writing.error} />
        {writing.done && <p className="note note-ok">{t('filing.written', { name: writing.done.name, blanks: writing.done.blanks })}</p>}
      </form>
    </main>
  );
}
