// One entry as recorded: every field, its files, its messages (stalking), and its edit history.
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/contract';
import { dossier } from '../api';
import { AddMessageForm } from '../components/AddMessageForm';
import { AttachmentList } from '../components/AttachmentList';
import { EntryDetails } from '../components/EntryDetails';
import { ErrorNote } from '../components/ErrorNote';
import { MessageLog } from '../components/MessageLog';
import { RevisionHistory } from '../components/RevisionHistory';
import { useApp } from '../state/AppContext';

type Detail = MethodOutput<'entries.get'>;

interface EntryScreenProps {
  id: string;
  /** Beside the timeline (ListAndDetail): a part of the page, not the page. */
  pane?: boolean;
}

export function EntryScreen({ id, pane = false }: EntryScreenProps) {
  const { t, navigate } = useApp();
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<unknown>(null);

  const [logVersion, setLogVersion] = useState(0);

  useEffect(() => {
    dossier['entries.get']({ id }).then(setDetail, setError);
  }, [id, logVersion]);

  async function archive(archived: boolean): Promise<void> {
    try {
      await dossier['entries.archive']({ id, archived });
      setDetail(await dossier['entries.get']({ id }));
    } catch (caught) {
      setError(caught);
    }
  }

  const Frame = pane ? 'section' : 'main';
  if (detail === null) {
    // The same places as below ({null} for the kind), so React keeps this very heading when the
    // entry arrives: the focus the app gave it stays (a new heading would drop it).
    return (
      <Frame className={pane ? 'entry-pane' : 'screen'} aria-labelledby="screen-title">
        {null}
        <div className="screen-head">
          <h1 id="screen-title" tabIndex={-1}>
            {t('entry.viewTitle')}
          </h1>
        </div>
        <ErrorNote error={error} />
      </Frame>
    );
  }
  const { entry } = detail;
  return (
    <Frame className={pane ? 'entry-pane entry-view' : 'screen entry-view'} aria-labelledby="screen-title">
      <p className={`kind-label kind-${entry.kind}`}>{t(`common.kind_${entry.kind}`)}</p>
      <div className="screen-head">
        <h1 id="screen-title" tabIndex={-1}>
          {entry.title}
        </h1>
        <button type="button" className="primary" onClick={() => navigate({ screen: 'editor', id })}>
          {t('entry.edit')}
        </button>
      </div>
      {entry.archived && <p className="note">{t('entry.archivedNote')}</p>}
      <ErrorNote error={error} />
      <EntryDetails entry={entry} people={detail.people} />
      <AttachmentList attachments={detail.attachments} />
      {entry.kind === 'stalking' && <MessageLog key={entry.messageCount} entryId={id} total={entry.messageCount} attachments={detail.attachments} />}
      {entry.kind === 'stalking' && <AddMessageForm entryId={id} zone={entry.occurredAt.zone} onAdded={() => setLogVersion((v) => v + 1)} />}
      <RevisionHistory entry={entry} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => navigate({ screen: 'timeline' })}>
          {t('entry.backToTimeline')}
        </button>
        {entry.kind === 'stalking' && (
          <button type="button" className="secondary" onClick={() => navigate({ screen: 'import', entryId: id })}>
            {t('entry.importInto')}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => void archive(!entry.archived)}>
          {entry.archived ? t('entry.unarchive') : t('entry.archive')}
        </button>
      </div>
    </Frame>
  );
}
