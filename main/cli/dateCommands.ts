// `dossier date-add` and `dossier dates`: the dates that matter, with the days left.
import { DateKind, type DatedItem } from '../../shared/dates';
import { isValidTimeZone } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { calendarDayText, readTypedDay } from '../../shared/timeFormat';
import { systemTimeZone } from '../../shared/zonedTime';
import { EXIT, jsonOption, print, requireString, vaultOption, withVault, type Command } from './command';

/** 2024-03-05 or 05.03.2024, as people write it here. */
function day(text: string, field: string): string {
  const reading = readTypedDay(text, true);
  if ('problem' in reading) throw new DossierError('INVALID_INPUT', { field, reason: 'not a date: use 2025-06-12 or 12.06.2025' });
  return reading.day;
}

/** 12.06.2025, as on the court's paper (the 'ru' style is the dotted one, as in be and uk). */
const courtDay = (isoDay: string) => calendarDayText(isoDay, 'ru');

export function dateLine(item: DatedItem): string {
  const range = item.to && item.to !== item.from ? `${courtDay(item.from)}–${courtDay(item.to)}` : courtDay(item.from);
  const left = item.status === 'past' ? 'past' : item.daysLeft === 0 ? 'today is the last day' : `${item.daysLeft} day(s) left`;
  return `${item.id}  ${range.padEnd(21)}  ${item.kind.padEnd(16)}  ${item.title}  (${item.status === 'running' ? `running, ${left}` : left})${item.due ? '  DUE' : ''}`;
}

export const dateCommands: Record<string, Command> = {
  'date-add': {
    summary: 'add a date that matters: a protection order, a hearing, a deadline',
    usage: [
      'dossier date-add --vault PATH --kind protection-order|hearing|deadline|other --from DATE [--to DATE] --title TEXT [--entry ID] [--tz ZONE]',
      '  --from DATE --to DATE   2025-06-12 or 12.06.2025; --to is the last day (a protection order); it may not be before --from',
      "  --tz ZONE               the zone of the place the date belongs to (default: this computer's)",
      '  --entry ID              the entry it belongs to, if any',
      "  Prints the date's id. Nothing is sent to the system's notifications: the app shows what is due when unlocked.",
    ].join('\n'),
    options: { ...vaultOption, kind: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, title: { type: 'string' }, entry: { type: 'string' }, tz: { type: 'string' } },
    async run(values, _p, out) {
      const kind = DateKind.safeParse(values.kind);
      if (!kind.success) throw new DossierError('INVALID_INPUT', { field: 'kind', reason: 'use protection-order, hearing, deadline or other' });
      const zone = typeof values.tz === 'string' ? values.tz : systemTimeZone();
      if (!isValidTimeZone(zone)) throw new DossierError('INVALID_INPUT', { field: 'tz', reason: 'unknown time zone' });
      const from = day(requireString(values, 'from'), 'from');
      const to = typeof values.to === 'string' ? day(values.to, 'to') : undefined;
      if (to !== undefined && to < from) throw new DossierError('INVALID_INPUT', { field: 'to', reason: 'the range ends before it starts' });
      const title = requireString(values, 'title');
      return withVault(values, async (service) => {
        const added = await service['dates.add']({ draft: { kind: kind.data, from, ...(to ? { to } : {}), zone, title, ...(typeof values.entry === 'string' ? { entryId: values.entry } : {}) } });
        out(added.id);
        return EXIT.ok;
      });
    },
  },
  dates: {
    summary: 'list the dates that matter, with the days left',
    usage: 'dossier dates --vault PATH [--json]\n  Earliest first; DUE marks today, a running protection order, or what comes within 7 days.',
    options: { ...vaultOption, ...jsonOption },
    async run(values, _p, out) {
      return withVault(values, async (service) => {
        const items = await service['dates.list']({});
        print(out, values, items, () => (items.length ? items.map(dateLine).join('\n') : 'No dates yet.'));
        return EXIT.ok;
      });
    },
  },
};
