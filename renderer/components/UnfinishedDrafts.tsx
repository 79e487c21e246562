// After unlock, on the timeline: what she was writing when the app last closed (quick exit, a lock,
// a closed lid or window), kept in the vault. She can go on writing or throw it away (asked first).
import { useEffect, useState } from 'react';
import type { SavedDraft } from '../../shared/drafts';
import { useApp } from '../state/AppContext';
import { dropDraft, loadDrafts } from '../state/drafts';
import { DiscardDraft } from './DiscardDraft';

const PREVIEW_CHARS = 120;

export function UnfinishedDrafts() {
  const { t, navigate } = useApp();
  const [drafts, setDrafts] = useState<SavedDraft[]>([]);
  useEffect(() => {
    loadDrafts().then(setDrafts, () => undefined);
  }, []);
  if (drafts.length === 0) return null;
  return (
    <section className="unfinished-drafts note" aria-labelledby="unfinished-title">
      <h2 id="unfinished-title">{t('entry.unfinishedTitle')}</h2>
      <ul>
        {drafts.map((draft) => {
          const words = (draft.form.title || draft.form.text).trim();
          return (
            <li key={draft.key}>
              <p>
                <strong>{draft.key === 'new' ? t('entry.unfinishedNew') : t('entry.unfinishedEdit')}</strong>
                {words !== '' && `: ${words.length > PREVIEW_CHARS ? `${words.slice(0, PREVIEW_CHARS)}…` : words}`}
              </p>
              <div className="actions">
                <button type="button" className="primary" onClick={() => navigate(draft.key === 'new' ? { screen: 'editor' } : { screen: 'editor', id: draft.key })}>
                  {t('entry.unfinishedContinue')}
                </button>
                <DiscardDraft
                  onDiscard={() => {
                    dropDraft(draft.key);
                    setDrafts((all) => all.filter((d) => d.key !== draft.key));
                  }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
