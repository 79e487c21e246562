// One entry in the timeline: when, what kind, its title and the start of what happened.
import type { Entry } from '../../shared/domain';
import { formatOccurred, formatMoney } from '../i18n/format';
import { useApp } from '../state/AppContext';
import { Snippet } from './Snippet';

interface TimelineRowProps {
  entry: Entry;
  snippet: string | undefined;
  /** Open beside the list (a wide window). */
  chosen?: boolean;
}

export function TimelineRow({ entry, snippet, chosen = false }: TimelineRowProps) {
  const { t, locale, navigate } = useApp();
  // A title taken from the text's first line is not repeated underneath it.
  const rest = entry.text.startsWith(entry.title.replace(/…$/, '')) ? entry.text.slice(entry.title.length).trim() : entry.text;
  const preview = rest.length > 180 ? `${rest.slice(0, 180)}…` : rest;
  return (
    <button
      type="button"
      className={`timeline-row kind-${entry.kind}`}
      aria-current={chosen ? 'true' : undefined}
      onClick={() => navigate({ screen: 'entry', id: entry.id })}
    >
      <span className="row-meta">
        <span className="kind-label">{t(`common.kind_${entry.kind}`)}</span>
        <span className="row-when">{formatOccurred(entry.occurredAt, locale, t)}</span>
        {entry.kind === 'economic' && entry.amount && <span className="row-amount">{formatMoney(entry.amount, locale)}</span>}
      </span>
      <span className="row-title">{entry.title}</span>
      {(snippet !== undefined || preview !== '') && <span className="row-text">{snippet !== undefined ? <Snippet text={snippet} /> : preview}</span>}
      {(entry.attachmentCount > 0 || entry.messageCount > 0) && (
        <span className="row-extra">
          {entry.attachmentCount > 0 && <span>{t('timeline.files', { count: entry.attachmentCount })}</span>}
          {entry.messageCount > 0 && <span>{t('timeline.messages', { count: entry.messageCount })}</span>}
        </span>
      )}
    </button>
  );
}
