// Everything recorded, newest first: find, narrow, count, and start a new entry (the main action).
import { useEffect, useMemo, useState } from 'react';
import type { DatedItem } from '../../shared/dates';
import type { Person } from '../../shared/domain';
import { dossier } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { TimelineCounts } from '../components/TimelineCounts';
import { TimelineFilterBar } from '../components/TimelineFilterBar';
import { TimelineList } from '../components/TimelineList';
import { UnfinishedDrafts } from '../components/UnfinishedDrafts';
import { useApp } from '../state/AppContext';
import { NO_FILTERS, useTimeline, type TimelineFilters } from '../state/useTimeline';

/** Filters survive going to an entry and back (memory only, like everything else). */
let lastFilters: TimelineFilters = NO_FILTERS;

interface TimelineScreenProps {
  /** Beside an entry (ListAndDetail): a part of the page, not the page, and that entry marked. */
  pane?: boolean;
  chosenId?: string;
}

export function TimelineScreen({ pane = false, chosenId }: TimelineScreenProps) {
  const { t, navigate } = useApp();
  const [filters, setFilters] = useState<TimelineFilters>(lastFilters);
  const [people, setPeople] = useState<Person[]>([]);
  const [dates, setDates] = useState<DatedItem[]>([]);
  const timeline = useTimeline(filters);

  useEffect(() => {
    lastFilters = filters;
  }, [filters]);
  useEffect(() => {
    dossier['people.list']({}).then(setPeople, () => undefined);
    dossier['dates.list']({}).then(setDates, () => undefined);
  }, []);
  const unfiltered = JSON.stringify(filters) === JSON.stringify(NO_FILTERS);

  const shown = useMemo(() => {
    if (timeline.entries === null) return null;
    const hits = timeline.snippets;
    return hits === null ? timeline.entries : timeline.entries.filter((entry) => hits.has(entry.id));
  }, [timeline.entries, timeline.snippets]);

  // Beside a chosen entry, the entry is the page's title (and where focus goes); this is a section.
  const Frame = pane ? 'section' : 'main';
  const Title = pane && chosenId !== undefined ? 'h2' : 'h1';
  const titleId = Title === 'h1' ? 'screen-title' : 'timeline-title';
  return (
    <Frame className={pane ? 'timeline-pane' : 'screen timeline-screen'} aria-labelledby={titleId}>
      <div className="screen-head">
        <Title id={titleId} tabIndex={-1}>
          {t('timeline.title')}
        </Title>
        <button type="button" className="primary" onClick={() => navigate({ screen: 'editor' })}>
          {t('timeline.newEntry')}
        </button>
      </div>
      <UnfinishedDrafts />
      <TimelineFilterBar filters={filters} onChange={setFilters} people={people} />
      <ErrorNote error={timeline.error} />
      {shown !== null && <TimelineCounts entries={shown} complete={timeline.complete && (filters.query.trim() === '' || timeline.snippets !== null)} />}
      {shown !== null && shown.length === 0 && (
        <p className="empty">{unfiltered ? t('timeline.empty') : t('timeline.nothingFound')}</p>
      )}
      {shown !== null && shown.length > 0 && (
        <TimelineList entries={shown} snippets={timeline.snippets} label={t('timeline.listLabel')} dates={unfiltered ? dates : []} chosenId={chosenId} />
      )}
    </Frame>
  );
}
