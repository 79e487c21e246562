// `dossier import` and `dossier patterns`: message exports into a stalking log, and what they show.
import { DossierError } from '../../shared/errors';
import type { ImportPreview, PatternStats } from '../../shared/imports';
import { IMPORT_FORMAT_CHOICES } from '../../shared/imports';
import { periodBoundOrInstant, systemTimeZone } from '../../shared/zonedTime';
import { EXIT, jsonOption, print, requireString, vaultOption, withVault, type Command } from './command';

const sendersObject = (preview: ImportPreview) => Object.fromEntries(preview.senders.map((s) => [s.name, s.count]));

const ROLE_WORDS = { abuser: 'the abuser', me: 'you', other: 'third party' } as const;

const choiceFrom = (values: Record<string, unknown>) => ({ abuserSenders: (values.sender as string[] | undefined) ?? [], meSenders: (values.me as string[] | undefined) ?? [] });

function previewLines(preview: ImportPreview): string[] {
  const lines = [
    `Format:      ${preview.format}`,
    `Messages:    ${preview.messages}   Calls: ${preview.calls}${preview.system ? `   System lines skipped: ${preview.system}` : ''}`,
    `From … to:   ${preview.first ?? '-'} … ${preview.last ?? '-'} (UTC)`,
    `Times:       ${preview.timesAreUtc ? 'exact (the export carries UTC)' : `local wall time, read in ${preview.zone}`}`,
  ];
  if (preview.unlikelyDates > 0) lines.push(`Dates:       ${preview.unlikelyDates} message(s) dated after today or before 1900 (the phone's clock?); imported with the time the export gives`);
  if (preview.dateOrder) lines.push(`Date order:  ${preview.dateOrder}${preview.dateOrderCertain ? '' : ' (a guess: confirm with --date-order)'}`);
  const k = preview.kinds;
  lines.push(`Read:        ${k.text} text, ${k.media} media, ${k.location} locations, ${k.contactCard} contact cards, ${k.deleted} deleted, ${k.calls} calls`);
  for (const skip of preview.skipped) lines.push(`Skipped:     ${skip.count} × ${skip.reason}`);
  const role = (name: string) => ROLE_WORDS[preview.roles[name] ?? 'other'];
  lines.push('Senders:', ...preview.senders.map((s) => `  ${String(s.count).padStart(6)}  ${(s.name || '(you / the phone owner)').padEnd(24)}  ${role(s.name)}`));
  const c = preview.countsByRole;
  lines.push(`Counted:     ${c.abuser} from the abuser; shown as context only: ${c.me} yours, ${c.other} from third parties`);
  if (preview.needsAbuserChoice) lines.push('Nobody is marked as the abuser: choose his name(s) with --sender NAME (and yours with --me NAME).');
  if (preview.chats?.length) lines.push('Chats (choose with --chat N or --chat ID):', ...preview.chats.map((c) => `  ${c.index}: ${c.name} (${c.messages} messages)${c.id !== null ? `  id ${c.id}` : ''}`));
  if (preview.media) {
    const m = preview.media;
    lines.push(`Media:       ${m.attached} file(s) to attach to their messages; ${m.missing.length} named but not in the export; ${m.outside.length} outside the export's folder (ignored)`);
  }
  for (const w of preview.warnings.slice(0, 20)) lines.push(`Warning${w.line !== null ? ` (line ${w.line})` : ''}: ${w.message}`);
  if (preview.warnings.length > 20) lines.push(`… and ${preview.warnings.length - 20} more warnings`);
  return lines;
}

function parseFormat(value: unknown) {
  const format = (value ?? 'auto') as (typeof IMPORT_FORMAT_CHOICES)[number];
  if (!IMPORT_FORMAT_CHOICES.includes(format)) throw new DossierError('INVALID_INPUT', { field: 'format', reason: `use one of ${IMPORT_FORMAT_CHOICES.join(', ')}` });
  return format;
}

function parseDateOrder(value: unknown): 'dmy' | 'mdy' | 'ymd' {
  if (value !== 'dmy' && value !== 'mdy' && value !== 'ymd') throw new DossierError('INVALID_INPUT', { field: 'date-order', reason: 'use dmy, mdy or ymd' });
  return value;
}

function patternLines(stats: PatternStats): string[] {
  const burst = (b: PatternStats['longestBurst24h']) => (b.count ? `${b.count} messages (${b.from} … ${b.to})` : '-');
  const busiest = [...stats.perDay].sort((a, b) => b.messages + b.calls - (a.messages + a.calls)).slice(0, 5);
  return [
    `Messages: ${stats.messages}   Calls: ${stats.calls} (missed ${stats.missedCalls})`,
    `First contact: ${stats.first ?? '-'}   Last: ${stats.last ?? '-'}`,
    `Most in 24 hours: ${burst(stats.longestBurst24h)}`,
    `Most in 72 hours: ${burst(stats.longestBurst72h)}`,
    ...(stats.after ? [`Since ${stats.after.since}: ${stats.after.messages} messages, ${stats.after.calls} calls`] : []),
    `Busiest days (${stats.zone}): ${busiest.map((d) => `${d.day} ${d.messages + d.calls}`).join(', ') || '-'}`,
    `By hour of day: ${stats.perHour.map((n, h) => `${h}h:${n}`).join(' ')}`,
  ];
}

export const importCommands: Record<string, Command> = {
  import: {
    summary: 'import a WhatsApp, Telegram, VK, Instagram/Facebook, Signal, SMS Backup & Restore or CSV export into a stalking log',
    usage: `dossier import --vault PATH [--format ${IMPORT_FORMAT_CHOICES.join('|')}] FILE|FOLDER [options]
  FILE|FOLDER            the export: a file, its zip, or its unpacked folder; a page of a Telegram
                         (HTML) or VK chat brings the other pages beside it
  --preview              only show what the file holds (format, senders, dates); change nothing
  --sender NAME          a sender (as in the preview) who is the abuser; repeat for several.
                         Without it nothing counts as his (the app requires it)
  --me NAME              a sender (as in the preview) who is you; repeat for several.
                         Everyone else is a third party: shown by name, never counted as his
  --person ID            the person those senders are (see \`dossier people\`)
  --tz ZONE              zone of the export's times when it has none (WhatsApp); default: this computer's
  --date-order dmy|mdy|ymd   when the preview cannot tell day-first from month-first
  --chat N|ID            which chat of an export that holds several (a whole Telegram account, a VK
                         archive: the peer id, an Instagram/Facebook download: the thread folder)
  --entry ID             add to this stalking entry (otherwise a new one is made)
  --title TEXT  --recorded-by NAME  --json
  Exit 4 when the file is rejected (not recognised, damaged, or the date order is ambiguous).`,
    options: { ...vaultOption, ...jsonOption, format: { type: 'string' }, preview: { type: 'boolean' }, sender: { type: 'string', multiple: true }, me: { type: 'string', multiple: true }, person: { type: 'string' }, tz: { type: 'string' }, 'date-order': { type: 'string' }, chat: { type: 'string' }, entry: { type: 'string' }, title: { type: 'string' }, 'recorded-by': { type: 'string' } },
    positionals: true,
    async run(values, positionals, out) {
      if (positionals.length !== 1) throw new DossierError('INVALID_INPUT', { field: 'FILE', reason: 'give exactly one export file or folder' });
      // A chat's id from the preview (VK peer id, thread folder) wins; else a whole number is its index.
      const chatText = values.chat === undefined ? undefined : String(values.chat);
      if (chatText !== undefined && (chatText.length === 0 || chatText.length > 300)) throw new DossierError('INVALID_INPUT', { field: 'chat', reason: 'a chat number or id from the preview' });
      const chat = chatText !== undefined && /^\d{1,9}$/.test(chatText) ? Number(chatText) : undefined;
      const settings = {
        format: parseFormat(values.format),
        ...(values['date-order'] !== undefined ? { dateOrder: parseDateOrder(values['date-order']) } : {}),
        ...(values.tz !== undefined ? { zone: values.tz as string } : {}),
        ...(chat !== undefined ? { chatIndex: chat } : {}),
        ...(chatText !== undefined ? { chatId: chatText } : {}),
      };
      const source = { path: positionals[0]! };
      return withVault(values, async (service) => {
        if (values.preview) {
          const preview = await service['import.preview']({ source, settings, ...choiceFrom(values) });
          print(out, values, { ...preview, senders: sendersObject(preview), imported: 0, duplicates: 0, entryId: null }, () => previewLines(preview).join('\n'));
          return EXIT.ok;
        }
        const result = await service['import.commit']({
          source,
          settings,
          ...choiceFrom(values),
          ...(values.person ? { personId: values.person as string } : {}),
          ...(values.entry ? { entryId: values.entry as string } : {}),
          ...(values.title ? { title: values.title as string } : {}),
          ...(values['recorded-by'] ? { recordedBy: values['recorded-by'] as string } : {}),
        });
        print(out, values, { ...result, senders: sendersObject(result) }, () =>
          [...previewLines(result), `Imported ${result.imported} new, skipped ${result.duplicates} already in the vault.`, `Stalking entry: ${result.entryId}`, `Original export kept, sha256 ${result.originalSha256}`].join('\n'),
        );
        return EXIT.ok;
      });
    },
  },
  patterns: {
    summary: 'messages per day and hour, calls, longest bursts of a stalking log',
    usage: 'dossier patterns --vault PATH --id ENTRY [--after DATE] [--tz ZONE] [--json]\n  --after DATE   count what came after this day (e.g. the day you asked him to stop)',
    options: { ...vaultOption, ...jsonOption, id: { type: 'string' }, after: { type: 'string' }, tz: { type: 'string' } },
    async run(values, _p, out) {
      const entryId = requireString(values, 'id');
      const zone = (values.tz as string | undefined) ?? systemTimeZone();
      return withVault(values, async (service) => {
        const stats = await service['stalking.patterns']({
          entryId,
          ...(values.tz ? { zone } : {}),
          ...(values.after ? { after: periodBoundOrInstant(values.after as string, zone, 'from') } : {}),
        });
        print(out, values, stats, () => patternLines(stats).join('\n'));
        return EXIT.ok;
      });
    },
  },
};
