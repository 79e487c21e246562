// Money is summed exactly: amounts are decimal strings (shared/domain.ts Amount, at most 4
// decimals), so they are added as integers of ten-thousandths, never as floats.
const SCALE = 4;
const FACTOR = 10n ** BigInt(SCALE);

export function toUnits(value: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(value);
  if (!match) throw new TypeError('not a decimal amount');
  return BigInt(match[1]!) * FACTOR + BigInt((match[2] ?? '').padEnd(SCALE, '0'));
}

/** Back to the shortest exact decimal string: 15000000n → "1500", 12345n → "1.2345". */
export function fromUnits(units: bigint): string {
  const whole = units / FACTOR;
  const fraction = (units % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

export function addDecimal(a: string, b: string): string {
  return fromUnits(toUnits(a) + toUnits(b));
}

/** Sum per currency, currencies in alphabetical order (stable output for the manifest). */
export function totalsByCurrency(amounts: readonly { value: string; currency: string }[]): { currency: string; total: string }[] {
  const sums = new Map<string, bigint>();
  for (const { value, currency } of amounts) sums.set(currency, (sums.get(currency) ?? 0n) + toUnits(value));
  return [...sums.keys()].sort().map((currency) => ({ currency, total: fromUnits(sums.get(currency)!) }));
}
