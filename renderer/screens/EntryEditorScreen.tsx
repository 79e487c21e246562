// Writing down what happened. Only "when" and "what happened" are needed (under a minute); they and
// Save fit on one screen at 1024×640, and everything else waits in sections that open on demand
// (issue 13). Ctrl+Enter (⌘+Enter) saves from anywhere on the screen. A problem is said beside its
// field, which is marked invalid and receives focus. What is typed is kept as a draft at every
// keystroke, in memory and, a moment later, in the vault (state/drafts.ts), so moving away, a lock,
// quick exit or a closed window loses nothing.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ENTRY_KINDS, type Entry, type EntryKind, type Person } from '../../shared/domain';
import { dossier } from '../api';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { EntryActions } from '../components/EntryActions';
import { EntrySections } from '../components/EntrySections';
import { TextField } from '../components/TextField';
import { WhenFields } from '../components/WhenFields';
import { useApp } from '../state/AppContext';
import { draftKey, dropDraft, keepDraft, onDraftSaved, readDraft, saveDraftNow, type DraftSaveState } from '../state/drafts';
import { useFocusFirstInvalid } from '../state/useFocusFirstInvalid';
import { emptyForm, filesForService, formFromEntry, toDraft, type EntryForm, type FormProblems } from './entryForm';

/** Ctrl+Enter, or ⌘+Enter on a Mac: the one shortcut, said beside Save. */
export function isSaveShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey);
}

export function EntryEditorScreen({ id, kind }: { id?: string; kind?: EntryKind }) {
  const { t, navigate } = useApp();
  const key = draftKey(id);
  const [restored] = useState(() => readDraft(key) !== undefined);
  const [form, setForm] = useState<EntryForm | null>(() => readDraft(key) ?? (id === undefined ? emptyForm(kind) : null));
  const [people, setPeople] = useState<Person[]>([]);
  const [problems, setProblems] = useState<FormProblems>({});
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
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
    if ('problems' in result) {
      setProblems(result.problems);
      setAttempt((count) => count + 1);
      return;
    }
    setProblems({});
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

  function saveByShortcut(event: KeyboardEvent): void {
    if (!isSaveShortcut(event)) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  }

  if (form === null) return <main className="screen" aria-busy="true" />;
  const say = (field: keyof FormProblems) => (problems[field] ? t(problems[field]) : undefined);
  return (
    // The shortcut is heard on the whole screen: focus starts on the title, outside the form.
    <main className="screen editor" aria-labelledby="screen-title" onKeyDown={saveByShortcut}>
      <h1 id="screen-title" tabIndex={-1}>
        {id === undefined ? t('entry.newTitle') : t('entry.editTitle')}
      </h1>
      <p className="lead">{t('entry.lead')}</p>
      {restored && <p className="note">{t('entry.draftRestored')}</p>}
      <form ref={formRef} className="entry-form" onSubmit={(event) => void save(event)} noValidate>
        <div className="entry-essentials">
          {id === undefined && (
            <div className="entry-kind">
              <ChoiceGroup
                legend={t('entry.kind')}
                options={ENTRY_KINDS.map((value) => ({ value, label: t(`common.kind_${value}`) }))}
                selected={[form.kind]}
                onChange={([next]) => next && change({ kind: next })}
              />
            </div>
          )}
          <TextField
            className="entry-what"
            multiline
            rows={5}
            label={t('entry.whatHappened')}
            hint={t('entry.whatHappenedHint')}
            value={form.text}
            onChange={(text) => change({ text })}
            required
            error={say('text')}
          />
          <div className="entry-when">
            <WhenFields form={form} onChange={change} errors={{ date: say('date'), endDate: say('endDate'), zone: say('zone') }} />
          </div>
        </div>
        <EntrySections form={form} people={people} problems={problems} attempt={attempt} onChange={change} />
        <p className="hint draft-note">{t('entry.draftNote')}</p>
        <EntryActions busy={busy} kept={kept} error={error} problem={say('form')} onBack={leave} onDiscard={discard} />
      </form>
    </main>
  );
}
