// Canonical JSON (keys sorted, no whitespace, undefined dropped) so the same data always hashes
// the same: the ledger and the dossier manifest depend on it. Follows RFC 8785 for the JSON we store
// (strings, finite numbers, booleans, null, arrays, objects).
// FROZEN: rows are stored in this form and the ledger hashes the stored text byte for byte
// (migration 4), so changing this function would break every existing vault's chain.
import { createHash } from 'node:crypto';

export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return referenceCanonicalJson(value);
  }
}

/** The definition, one value at a time. canonicalJson gives the same text (a property test holds
 *  them together) about four times faster on a dossier's manifest, by letting the engine's own
 *  JSON.stringify write a copy whose keys are already in order. */
export function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite number in canonical JSON');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => referenceCanonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${referenceCanonicalJson(record[k])}`).join(',')}}`;
  }
  throw new TypeError(`cannot put ${typeof value} in canonical JSON`);
}

/** Thrown by sortedCopy for a key a plain object cannot hold in sorted order: the engine writes
 *  integer-like keys ("10", "9") in numeric order, and "__proto__" is not an own key when set. */
const NOT_PLAIN = Symbol('not plain');
const INTEGER_KEY = /^(?:0|[1-9]\d*)$/;

function sortedCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('non-finite number in canonical JSON');
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i += 1) {
          const v: unknown = value[i];
          out[i] = v === undefined ? null : sortedCopy(v);
        }
        return out;
      }
      // Every other object, a Date or a Buffer included, is its own enumerable keys, as in the
      // definition (the copy is plain, so no toJSON of the original is ever called).
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(record).sort()) {
        const v = record[key];
        if (v === undefined) continue;
        if (key === '__proto__' || INTEGER_KEY.test(key)) throw NOT_PLAIN;
        out[key] = sortedCopy(v);
      }
      return out;
    }
    default:
      throw new TypeError(`cannot put ${typeof value} in canonical JSON`);
  }
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hashOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
