// Message ids sort in the order they were made (main/vault/orderedIds.ts): a large import then
// appends to the id index instead of writing all over it.
import { describe, expect, it } from 'vitest';
import { Id } from '../../../shared/domain';
import { orderedId } from '../../../main/vault/orderedIds';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ordered ids', () => {
  it('each id is larger than the one before, many in one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => orderedId(1_700_000_000_000));
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays in order when the clock is set back', () => {
    const before = orderedId(1_800_000_000_000);
    const after = orderedId(1_600_000_000_000);
    expect(after > before).toBe(true);
  });

  it('is a version 7 UUID that the vault accepts as an id, with random bits that differ', () => {
    const a = orderedId();
    const b = orderedId();
    expect(a).toMatch(UUID_V7);
    expect(Id.safeParse(a).success).toBe(true);
    expect(a.slice(19)).not.toBe(b.slice(19));
  });
});
