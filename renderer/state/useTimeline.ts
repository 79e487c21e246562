// Loads the timeline for a set of filters: a first screenful at once (first paint), then the whole
// list for counts and scrolling. Search runs on the service's full-text index.
import { useEffect, useState } from 'react';
import type { MethodInput } from '../../shared/contract';
import type { Entry, EntryKind } from '../../shared/domain';
import { periodBoundWhileTyping, systemTimeZone } from '../../shared/zonedTime';
import { dossier } from '../api';

export interface TimelineFilters {
  kind: EntryKind | 'all';
  personId: string;
  /** YYYY-MM-DD from the date fields, in this computer's zone; '' = open-ended. */
  from: string;
  to: string;
  query: string;
  /** Also show entries put away with "Archive". */
  archived: boolean;
}

export const NO_FILTERS: TimelineFilters = { kind: 'all', personId: '', from: '', to: '', query: '', archived: false };

const FIRST_SCREENFUL = 40;

export interface Timeline {
  entries: Entry[] | null;
  complete: boolean;
  snippets: Map<string, string> | null;
  error: unknown;
}

function toFilter(filters: TimelineFilters): MethodInput<'entries.list'> {
  const zone = systemTimeZone();
  return {
    kind: filters.kind === 'all' ? undefined : [filters.kind],
    personId: filters.personId || undefined,
    from: periodBoundWhileTyping(filters.from, zone, 'from'),
    to: periodBoundWhileTyping(filters.to, zone, 'to'),
    includeArchived: filters.archived,
  };
}

export function useTimeline(filters: TimelineFilters): Timeline {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [snippets, setSnippets] = useState<Map<string, string> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { kind, personId, from, to, query, archived } = filters;

  useEffect(() => {
    let current = true;
    setComplete(false);
    setError(null);
    async function load(): Promise<void> {
      const filter = toFilter({ kind, personId, from, to, query: '', archived });
      const first = await dossier['entries.list']({ ...filter, limit: FIRST_SCREENFUL });
      if (!current) return;
      setEntries(first);
      if (first.length < FIRST_SCREENFUL) return setComplete(true);
      const all = await dossier['entries.list'](filter);
      if (!current) return;
      setEntries(all);
      setComplete(true);
    }
    load().catch((caught: unknown) => current && setError(caught));
    return () => {
      current = false;
    };
  }, [kind, personId, from, to, archived]);

  useEffect(() => {
    let current = true;
    if (query.trim() === '') {
      setSnippets(null);
      return;
    }
    // Wait for a pause in typing before asking: one search per thought, not per key.
    const timer = window.setTimeout(() => {
      dossier
        .search({ query, limit: 1000 })
        .then((hits) => {
          if (!current) return;
          const found = new Map<string, string>();
          for (const hit of hits) if (!found.has(hit.entryId)) found.set(hit.entryId, hit.snippet);
          setSnippets(found);
        })
        .catch((caught: unknown) => current && setError(caught));
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  return { entries, complete, snippets, error };
}
