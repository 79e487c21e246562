// Narrowing the timeline: one field for words, and the rest (kind, person, dates, archived) behind
// a "Filters" button that says how many are on. Open, the filters filled the screen at 1024×640 and
// hid every entry (issue 13).
import { useId, useState } from 'react';
import type { Person } from '../../shared/domain';
import { ENTRY_KINDS } from '../../shared/domain';
import { useApp } from '../state/AppContext';
import { NO_FILTERS, type TimelineFilters } from '../state/useTimeline';
import { CheckboxField } from './CheckboxField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { DateField } from './DateField';

interface FilterBarProps {
  filters: TimelineFilters;
  onChange(filters: TimelineFilters): void;
  people: readonly Person[];
}

/** Whether the filters are shown survives going to an entry and back, and the window getting
 *  wider or narrower (the timeline is drawn anew then). Memory only. */
let lastOpen = false;

/** How many filters other than the words are narrowing the list. */
export function countFilters(filters: TimelineFilters): number {
  return [filters.kind !== NO_FILTERS.kind, filters.personId !== '', filters.from !== '', filters.to !== '', filters.archived].filter(Boolean).length;
}

export function TimelineFilterBar({ filters, onChange, people }: FilterBarProps) {
  const { t } = useApp();
  const panelId = useId();
  const [open, setOpenState] = useState(lastOpen);
  const setOpen = (value: boolean) => {
    lastOpen = value;
    setOpenState(value);
  };
  const set = (changes: Partial<TimelineFilters>) => onChange({ ...filters, ...changes });
  const count = countFilters(filters);
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div role="search" className="filters" aria-label={t('timeline.filtersLabel')}>
      <div className="filters-line">
        <TextField className="filter-search" type="search" label={t('timeline.search')} hint={t('timeline.searchHint')} value={filters.query} onChange={(query) => set({ query })} />
        <button type="button" className="secondary filters-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {t('timeline.filters')}
          {count > 0 && <span className="filter-count">{count}</span>}
        </button>
        {active && (
          <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)}>
            {t('timeline.clearFilters')}
          </button>
        )}
      </div>
      <div id={panelId} className="filters-panel" hidden={!open}>
        <SelectField
          label={t('timeline.kind')}
          value={filters.kind}
          options={[{ value: 'all' as const, label: t('timeline.allKinds') }, ...ENTRY_KINDS.map((kind) => ({ value: kind, label: t(`common.kind_${kind}`) }))]}
          onChange={(kind) => set({ kind })}
        />
        <SelectField
          label={t('timeline.person')}
          value={filters.personId}
          options={[{ value: '', label: t('timeline.everyone') }, ...people.map((person) => ({ value: person.id, label: person.name }))]}
          onChange={(personId) => set({ personId })}
        />
        <DateField label={t('timeline.from')} value={filters.from} onChange={(from) => set({ from })} />
        <DateField label={t('timeline.to')} value={filters.to} onChange={(to) => set({ to })} />
        <CheckboxField label={t('timeline.showArchived')} checked={filters.archived} onChange={(archived) => set({ archived })} />
      </div>
    </div>
  );
}
