// Writing down what happened. Only "when" and "what happened" are needed (under a minute);
// everything else is optional and can be added later. What is typed is kept as a draft at every
// keystroke, in memory and, a moment later, in the vault (state/drafts.ts), so moving away, a lock,
// quick exit or a closed window loses nothing.
import { useEffect, useState, type FormEvent } from 'react';
import { CATEGORIES_BY_KIND, ENTRY_KINDS, type Entry, type EntryKind, type Person } from '../../shared/domain';
import { dossier } from '../api';
import { AttachmentIntake } from '../components/AttachmentIntake';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { EconomicFields } from '../components/EconomicFields';
import { ErrorNote } from '../components/ErrorNote';
import { IncidentFields } from '../components/IncidentFields';
import { TextField } from '../components/TextField';
import { WhenFields } from '../components/WhenFields';
import { useApp } from '../state/AppContext';
import { draftKey, dropDraft, keepDraft, onDraftSaved, readDraft, saveDraftNow, type DraftSaveState } from '../state/drafts';
import { DiscardDraft } from '../components/DiscardDraft';
import { StatusNote } from '../components/StatusNote';
import { DossierError } from '../../shared/errors';
import { emptyForm, filesForService, formFromEntry, toDraft, type EntryForm, type FormProblem } from './entryForm';

export function EntryEditorScreen({ id, kind }: { id?: string; kind?: EntryKind }) {
  const { t, navigate } = useApp();
  const key = draftKey(id);
  const [restored] = useState(() => readDraft(key) !== undefined);
  const [form, setForm] = useState<EntryForm | null>(() => readDraft(key) ?? (id === undefined ? emptyForm(kind) : null));
  const [people, setPeople] = useState<Person[]>([]);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<DraftSaveState | null>(null);

  useEffect(() => onDraftSaved((saved, state) => saved === key && setKept(state)), [key]);
  // The window is being hidden, closed or reloaded: what is typed goes into the vault now.
  useEffect(() => {
    const now = () => void saveDraftNow();
    const onHidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  useEffect(() => {
    dossier['people.list']({}).then(setPeople, () => undefined);
    if (id !== undefined && readDraft(key) === undefined) {
      dossier['entries.get']({ id }).then((detail) => setForm(formFromEntry(detail.entry)), setError);
    }
  }, [id, key]);

  function change(changes: Partial<EntryForm>): void {
    setKept(null);
    setForm((current) => {
      if (current === null) return current;
      const next = { ...current, ...changes };
      // Categories belong to a kind: switching kind drops the ones the new kind does not have.
      if (changes.kind !== undefined && changes.kind !== current.kind) next.categories = [];
      keepDraft(key, next);
      return next;
    });
  }

  function leave(): void {
    navigate(id === undefined ? { screen: 'timeline' } : { screen: 'entry', id });
  }

  function discard(): void {
    dropDraft(key);
    leave();
  }

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (form === null || busy) return;
    const result = toDraft(form);
    if ('problem' in result) return setProblem(result.problem);
    setProblem(null);
    setBusy(true);
    setError(null);
    try {
      const attachments = filesForService(form.files);
      const saved: Entry =
        id === undefined
          ? await dossier['entries.create']({ draft: result.draft, attachments })
          : await dossier['entries.update']({ id, draft: result.draft, attachments });
      dropDraft(key);
      navigate({ screen: 'entry', id: saved.id });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (form === null) return <main className="screen" aria-busy="true" />;
  const categories = CATEGORIES_BY_KIND[form.kind];
  return (
    <main className="screen editor" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {id === undefined ? t('entry.newTitle') : t('entry.editTitle')}
      </h1>
      <p className="lead">{t('entry.lead')}</p>
      {restored && <p className="note">{t('entry.draftRestored')}</p>}
      <form className="stack" onSubmit={(event) => void save(event)} noValidate>
        {id === undefined && (
          <ChoiceGroup
            legend={t('entry.kind')}
            options={ENTRY_KINDS.map((value) => ({ value, label: t(`common.kind_${value}`) }))}
            selected={[form.kind]}
            onChange={([next]) => next && change({ kind: next })}
          />
        )}
        <WhenFields form={form} onChange={change} />
        <TextField multiline rows={7} label={t('entry.whatHappened')} hint={t('entry.whatHappenedHint')} value={form.text} onChange={(text) => change({ text })} required />
        <h2 className="optional-heading">{t('entry.moreDetails')}</h2>
        <TextField label={t('entry.title')} hint={t('entry.titleHint')} value={form.title} onChange={(title) => change({ title })} />
        <TextField label={t('entry.place')} value={form.place} onChange={(place) => change({ place })} />
        <ChoiceGroup
          multiple
          columns
          legend={t('entry.categories')}
          options={categories.map((value) => ({ value: value as string, label: t(`cat_${form.kind}.${value}` as never) }))}
          selected={form.categories}
          onChange={(selected) => change({ categories: selected })}
        />
        {people.length > 0 ? (
          <ChoiceGroup multiple legend={t('entry.people')} options={people.map((p) => ({ value: p.id, label: `${p.name} (${t(`common.role_${p.role}`)})` }))} selected={form.personIds} onChange={(personIds) => change({ personIds })} />
        ) : (
          <p className="hint">{t('entry.noPeopleYet')}</p>
        )}
        {form.kind === 'incident' && <IncidentFields form={form} onChange={change} />}
        {form.kind === 'economic' && <EconomicFields form={form} onChange={change} />}
        <TextField label={t('entry.recordedBy')} hint={t('entry.recordedByHint')} value={form.recordedBy} onChange={(recordedBy) => change({ recordedBy })} />
        <AttachmentIntake files={form.files} onChange={(files) => change({ files })} />
        {problem !== null && (
          <p className="note note-error" role="alert">
            {t(problem)}
          </p>
        )}
        <ErrorNote error={error} />
        {kept === 'tooLarge' && <ErrorNote error={new DossierError('DRAFT_TOO_LARGE')} />}
        <StatusNote>{kept === 'saved' ? t('entry.draftSaved') : null}</StatusNote>
        <p className="hint">{t('entry.draftNote')}</p>
        <div className="actions sticky-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('common.saving') : t('entry.save')}
          </button>
          <button type="button" className="secondary" onClick={leave}>
            {t('entry.back')}
          </button>
          <DiscardDraft onDiscard={discard} />
        </div>
      </form>
    </main>
  );
}
