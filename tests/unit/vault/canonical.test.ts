import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashOf } from '../../../main/vault/canonical';
import { findChainBreak, GENESIS_HASH, linkHash, type LedgerLink } from '../../../main/vault/ledger';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: null, y: 'ё' }], c: undefined } })).toBe('{"a":{"d":[1,{"y":"ё","z":null}]},"b":1}');
  });

  it('gives the same text for the same data whatever the key order (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });
});

describe('ledger chain', () => {
  function chain(count: number): LedgerLink[] {
    const links: LedgerLink[] = [];
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= count; seq += 1) {
      const link = { seq, at: `2024-01-0${seq}T00:00:00.000Z`, event: 'create', subject: `entry:${seq}`, content_hash: hashOf({ seq }), prev_hash: prev };
      const hash = linkHash(prev, link);
      links.push({ ...link, hash });
      prev = hash;
    }
    return links;
  }

  it('holds when untouched and names the first broken link otherwise', () => {
    const links = chain(5);
    expect(findChainBreak(links)).toBeNull();
    const altered = links.map((l) => (l.seq === 3 ? { ...l, subject: 'entry:99' } : l));
    expect(findChainBreak(altered)).toMatchObject({ seq: 3, reason: 'link was altered' });
    expect(findChainBreak(links.filter((l) => l.seq !== 2))).toMatchObject({ seq: 3, reason: 'link 2 is missing' });
    const swapped = [links[0]!, links[2]!, links[1]!, links[3]!, links[4]!];
    expect(findChainBreak(swapped)?.seq).toBe(3);
  });
});
