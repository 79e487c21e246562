import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashOf, referenceCanonicalJson } from '../../../main/vault/canonical';
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

  it('writes exactly the text of the definition, byte for byte (property): stored rows and the ledger hash it', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', '10', '9', '0', '01', '-1', '4294967295', 'constructor'));
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.date({ noInvalidDate: true })),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        if (v === undefined) return;
        expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
      }),
      { numRuns: 2000 },
    );
    // The keys a plain object would reorder or not keep as its own.
    const awkward = JSON.parse('{"10":1,"9":2,"__proto__":{"b":1,"a":2},"x":[{"2":0,"10":1}]}') as unknown;
    expect(canonicalJson(awkward)).toBe('{"10":1,"9":2,"__proto__":{"a":2,"b":1},"x":[{"10":1,"2":0}]}');
    expect(canonicalJson(awkward)).toBe(referenceCanonicalJson(awkward));
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
    expect(() => canonicalJson({ a: [1, { b: Number.POSITIVE_INFINITY }] })).toThrow(TypeError);
    expect(() => canonicalJson({ a: 10n })).toThrow(TypeError);
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
