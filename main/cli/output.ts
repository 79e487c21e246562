// What the CLI prints: plain lines for people, --json for machines. Dates in each event's own zone.
import type { Attachment, Entry, Person, Revision, SearchHit, VaultReport } from '../../shared/domain';
import { isoWhenText } from '../../shared/timeFormat';

export function entryLine(entry: Entry): string {
  const flags = [entry.archived ? 'archived' : '', entry.version > 1 ? `edited ×${entry.version - 1}` : '', entry.attachmentCount ? `${entry.attachmentCount} file(s)` : '']
    .filter(Boolean)
    .join(', ');
  const when = isoWhenText(entry.occurredAt.at, entry.occurredAt.zone, entry.occurredAt.precision);
  return `${entry.id}  ${when}  ${entry.kind.padEnd(8)}  ${entry.title}${flags ? `  [${flags}]` : ''}`;
}

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function attachmentLines(attachments: readonly Attachment[]): string[] {
  return attachments.map((a) => {
    const exif = a.exif ? `  captured ${a.exif.capturedAt ?? '?'}${a.exif.latitude !== undefined ? ` at ${a.exif.latitude.toFixed(5)},${a.exif.longitude?.toFixed(5)}` : ''}${a.exif.device ? ` on ${a.exif.device}` : ''}` : '';
    return [`  ${a.fileName} (${a.mime}, ${sizeText(a.size)})  sha256 ${a.sha256}${exif}`, ...readingLines(a)].join('\n');
  });
}

const READING_STATUS: Record<string, string> = {
  waiting: 'words not read yet (dossier recognise)',
  'no-text': 'no words found in this image',
  unreadable: 'the words in this image could not be read',
  'too-large': 'too large to read its words; the file itself is kept',
};

/** What was read from an image, labelled as machine-made wherever it is shown. */
function readingLines(a: Attachment): string[] {
  if (a.recognition === undefined) return [];
  if (a.recognition !== 'read') return [`    (${READING_STATUS[a.recognition]})`];
  return ['    recognised text (machine, may contain errors):', ...(a.recognisedText ?? '').split('\n').map((line) => `      ${line}`)];
}

export function entryDetail(entry: Entry, people: readonly Person[], attachments: readonly Attachment[], revisions: readonly Revision[]): string {
  const when = isoWhenText(entry.occurredAt.at, entry.occurredAt.zone, entry.occurredAt.precision);
  const until = entry.occurredAt.end ? ` until ${isoWhenText(entry.occurredAt.end, entry.occurredAt.zone)}` : '';
  const lines = [
    `${entry.title}`,
    `  id:          ${entry.id}`,
    `  number:      ${entry.number}`,
    `  kind:        ${entry.kind}${entry.categories.length ? ` (${entry.categories.join(', ')})` : ''}`,
    `  happened:    ${when}${until} [${entry.occurredAt.precision}]`,
    `  recorded:    ${entry.recordedAt} by ${entry.recordedBy}`,
  ];
  if (entry.place) lines.push(`  place:       ${entry.place}`);
  if (entry.kind === 'economic' && entry.amount) lines.push(`  amount:      ${entry.amount.value} ${entry.amount.currency}`);
  if (entry.kind === 'incident') {
    if (entry.injuries) lines.push(`  injuries:    ${entry.injuries}`);
    if (entry.medicalHelp) lines.push(`  medical:     ${entry.medicalHelp}`);
    if (entry.policeReport) lines.push(`  police:      ${[entry.policeReport.date, entry.policeReport.number, entry.policeReport.outcome].filter(Boolean).join(', ')}`);
    if (entry.childrenPresent !== undefined) lines.push(`  children:    ${entry.childrenPresent ? 'yes' : 'no'}`);
  }
  if (people.length) lines.push(`  people:      ${people.map((p) => `${p.name} (${p.role})`).join(', ')}`);
  if (entry.messageCount) lines.push(`  messages:    ${entry.messageCount} (see \`dossier patterns --id ${entry.id}\`)`);
  if (entry.archived) lines.push('  archived:    yes');
  if (entry.text) lines.push('', ...entry.text.split('\n').map((l) => `  ${l}`));
  lines.push('', `Attachments (${attachments.length}):`, ...attachmentLines(attachments));
  lines.push('', `Earlier versions (${revisions.length}):`);
  for (const revision of revisions) lines.push(`  v${revision.version}, replaced ${revision.replacedAt}: ${revision.record.title}`);
  return lines.join('\n');
}

export function searchLine(hit: SearchHit): string {
  return `${hit.entryId}  ${hit.kind.padEnd(8)}  ${hit.title}${hit.messageId ? '  (message)' : hit.attachmentId ? '  (words in an image)' : ''}\n    ${hit.snippet.replace(/\s+/g, ' ')}`;
}

export function vaultReportLines(report: VaultReport): string[] {
  const mark = (ok: boolean) => (ok ? 'ok' : 'FAILED');
  const lines = [
    `SQLite integrity:     ${mark(report.integrity)}`,
    `SQLCipher page HMACs: ${mark(report.cipherIntegrity)}`,
    `Ledger:               ${mark(report.ledger.ok)} (${report.ledger.links} links)`,
    `Ledger head:          ${report.ledger.head ?? '-'}`,
  ];
  const broken = report.ledger.firstBroken;
  if (broken) lines.push(`First broken link:    ${broken.seq ?? '-'} (${broken.subject}): ${broken.reason}`);
  return lines;
}
