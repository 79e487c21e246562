// What every benchmark section reports: a figure, its goal, whether it met it, and its ratio to
// the peer or the limit it is judged against, all measured in the same run.
export interface Figure {
  figure: string;
  value: number | null;
  goal: string;
  ok: boolean;
  /** value ÷ the peer measured in the same run, or ÷ the limit. */
  ratio?: number | null;
  unit?: string;
  [extra: string]: unknown;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (value: number) => Math.round(value * 100) / 100;

/** A figure judged against a fixed limit. */
export function atMost(name: string, value: number | null, max: number, extra: Record<string, unknown> = {}): Figure {
  return { figure: name, value: value === null ? null : round(value), goal: `<= ${max}`, ok: value !== null && value <= max, ratio: value === null ? null : round(value / max), ...extra };
}

/** A figure judged against a peer measured in the same run: value ≤ factor × peer. */
export function versusPeer(name: string, value: number, peerName: string, peer: number, factor: number, extra: Record<string, unknown> = {}): Figure {
  const ratio = value / peer;
  return { figure: name, value: round(value), goal: `<= ${factor} × ${peerName} (${round(peer)})`, ok: ratio <= factor, ratio: round(ratio), ...extra };
}

export async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export function table(figures: readonly Figure[]): string {
  const rows = [['figure', 'value', 'goal', 'ratio', 'ok'], ...figures.map((f) => [f.figure, f.value === null ? '-' : `${f.value}${f.unit ? ` ${f.unit}` : ''}`, f.goal, f.ratio === undefined || f.ratio === null ? '-' : String(f.ratio), f.ok ? 'yes' : 'NO'])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}
