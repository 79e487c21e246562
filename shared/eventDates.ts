// When an entry can have happened: not after now (a day's grace for a slow clock or a zone ahead)
// and not before 1900. A year typed wrong — 2204 or 0024 for 2024 — otherwise puts the evidence in
// another century, on the cover, in the chronology and in every chart: the one wrong date the
// other side's lawyer needs. Checked in the entry form (beside the date, in her words) and by the
// service for every entry she writes, from the app or the command line. Imported messages keep
// the time their export gives, whatever it is: they are evidence as they came.
export const EARLIEST_EVENT_MS = Date.UTC(1900, 0, 1);
const GRACE_MS = 86_400_000;

export type WhenProblem = 'future' | 'tooEarly';

export function whenProblem(occurredAt: { at: string; end?: string | undefined }, now: Date): { problem: WhenProblem; end: boolean } | null {
  for (const [iso, end] of [[occurredAt.at, false], [occurredAt.end, true]] as const) {
    if (iso === undefined) continue;
    const ms = Date.parse(iso);
    if (ms > now.getTime() + GRACE_MS) return { problem: 'future', end };
    if (ms < EARLIEST_EVENT_MS) return { problem: 'tooEarly', end };
  }
  return null;
}
