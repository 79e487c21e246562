// The WhatsApp exports the crash child imports. Their dates come from the run number the test
// hands the child and the child's own counter — never from its PID, which on hosts with large
// PIDs (up to 4,194,304) pushed dates past the year 9999 and made every import fail.
export const MESSAGES_PER_IMPORT = 300;
/** A child cannot write more imports than this in one run before it is killed (kills come within 2 s). */
export const IMPORTS_PER_RUN = 10_000;

/** Export number `n` of run `run`: each message one minute apart, every export in its own span. */
export function whatsappExport(run: number, n: number): string {
  const lines: string[] = [];
  const first = (run * IMPORTS_PER_RUN + n) * MESSAGES_PER_IMPORT;
  for (let i = 0; i < MESSAGES_PER_IMPORT; i += 1) {
    const t = new Date(Date.UTC(2024, 0, 1) + (first + i) * 60_000);
    const p = (x: number) => String(x).padStart(2, '0');
    lines.push(`${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}, ${p(t.getUTCHours())}:${p(t.getUTCMinutes())} - Max: message ${run}-${n}-${i}`);
  }
  return `${lines.join('\n')}\n`;
}
