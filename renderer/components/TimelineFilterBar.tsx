// Narrowing the timeline: words to find, what kind, who, and when.
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

export function TimelineFilterBar({ filters, onChange, people }: FilterBarProps) {
  const { t } = useApp();
  const set = (changes: Partial<TimelineFilters>) => onChange({ ...filters, ...changes });
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <div role="search" className="filters" aria-label={t('timeline.filtersLabel')}>
      <TextField className="filter-search" type="search" label={t('timeline.search')} hint={t('timeline.searchHint')} value={filters.query} onChange={(query) => set({ query })} />
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
      {active && (
        <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)}>
          {t('timeline.clearFilters')}
        </button>
      )}
    </div>
  );
}
