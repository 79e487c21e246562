// "Prepare a statement to the court": tick the events, say which court, choose where to save, and
// get an editable Word draft. Only what she ticks goes in: the accused receives a copy.
import { useEffect, useState, type FormEvent } from 'react';
import type { Entry, Person } from '../../shared/domain';
import type { PickedFile } from '../../shared/fileHandles';
import type { Jurisdiction, StatementLanguage } from '../../shared/filingContract';
import { dossier } from '../api';
import { CheckboxField } from '../components/CheckboxField';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ErrorNote } from '../components/ErrorNote';
import { FileChooser } from '../components/FileChooser';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useApp } from '../state/AppContext';
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
  const [target, setTarget] = useState<PickedFile | null>(null);
  const [done, setDone] = useState<{ name: string; blanks: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dossier['entries.list']({}).then((list) => setEntries([...list].reverse()), setError);
    dossier['people.list']({}).then((people) => setAccusable(people.filter((p) => p.role === 'perpetrator')), () => undefined);
  }, []);

  async function write(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy || target === null) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await dossier['statement.write']({
        jurisdiction,
        language: jurisdiction === 'ru' ? 'ru' : language,
        entryIds: chosen,
        path: target.handle,
        ...(accusedId !== FROM_ENTRIES ? { accusedId } : {}),
        ...(court.trim() ? { court: court.trim() } : {}),
      });
      setDone({ name: result.path, blanks: result.blanks });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));
  const when = (entry: Entry) => dateText(entry.occurredAt.at, entry.occurredAt.zone, languageOfLocale(locale));

  return (
    <main className="screen narrow" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('filing.statementTitle')}
      </h1>
      <p className="lead">{t('filing.statementLead')}</p>
      <form className="stack" onSubmit={(event) => void write(event)} noValidate>
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
        <FileChooser label={t('filing.target')} hint={t('filing.targetHint')} save="statement" suggestedName="statement.docx" chosen={target} onChosen={setTarget} />
        <ErrorNote error={error} />
        {done && <p className="note note-ok">{t('filing.written', { name: done.name, blanks: done.blanks })}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('filing.writing') : t('filing.write')}
          </button>
        </div>
      </form>
    </main>
  );
}
