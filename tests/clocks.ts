// What a dossier may print as the moment it was made: "30.11.2026 23:40" in `zone` for each minute
// the export may have taken (a minute either side), for the tests that read "Сформировано" back.
export function clocks(zone: string, from: number, to: number): string[] {
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const out = new Set<string>();
  for (let t = from - 60_000; t <= to + 60_000; t += 30_000) {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    out.add(`${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`);
  }
  return [...out];
}
