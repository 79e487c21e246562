// What changed between two versions of an entry, field by field, for the revision history.
import type { EntryRecord } from '../../shared/domain';

/** Fields a person edits, in the order the history lists them. */
export const EDITABLE_FIELDS = [
  'occurredAt',
  'title',
  'text',
  'place',
  'categories',
  'personIds',
  'injuries',
  'medicalHelp',
  'policeReport',
  'childrenPresent',
  'amount',
  'recordedBy',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

function comparable(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

export function changedFields(before: EntryRecord, after: EntryRecord): EditableField[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return EDITABLE_FIELDS.filter((field) => comparable(a[field]) !== comparable(b[field]));
}
