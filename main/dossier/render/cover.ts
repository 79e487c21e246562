// The cover: what this is, for whom, the period, what is inside, and the fingerprint (text + QR).
// The contents list is drawn last (see pageFurniture.ts), into the space reserved here.
import { REMOVED_KINDS } from '../redact';
import type { RenderContext, SectionId } from './context';
import { drawQr } from './qr';
import { colour, style } from './theme';

export interface ContentsSlot {
  page: number;
  y: number;
}

const BLANK_NAME = '________________________________';

export function periodText(ctx: RenderContext): string {
  const { fmt, options, data, s, zone } = ctx;
  if (options.from || options.to) {
    const from = options.from ? fmt.date(options.from, zone) : '…';
    const to = options.to ? fmt.date(options.to, zone) : '…';
    // Whole days in the zone chosen for the export: named where it is not the one stated below.
    return `${from} – ${to}${fmt.zoneNote((options.from ?? options.to)!, zone)}`;
  }
  const first = data.entries[0]?.entry.occurredAt;
  const last = data.entries[data.entries.length - 1]?.entry.occurredAt;
  if (!first || !last) return s.cover.periodAll;
  return `${fmt.date(first.at, first.zone)} – ${fmt.date(last.end ?? last.at, last.zone)} (${s.cover.periodAll})`;
}

/** "1a2b 3c4d 5e6f 7a8b …" in four lines of sixteen: easy to read aloud and compare. */
export function groupedFingerprint(fingerprint: string): string {
  const groups = fingerprint.match(/.{4}/g) ?? [];
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4).join(' '));
  return lines.join('\n');
}

/** When the dossier was made, in the zone chosen for it (`--tz`, or the place chosen on the app's
 *  export and hand-over screens; both start at the computer's), with that zone always named beside
 *  it as a place: unlike an event, the moment of export happened wherever she was, so the
 *  dossier's main zone cannot be assumed. */
export function generatedAt(ctx: RenderContext): string {
  return ctx.fmt.dateTimeWithZone(ctx.exportedAt, ctx.zone);
}

export function renderCover(ctx: RenderContext): ContentsSlot {
  const { flow, doc, s, fmt, options, data } = ctx;
  const r = data.redactor;
  flow.openSection('Sect', s.title);
  flow.tag('Title', () => {
    flow.use('title');
    doc.text(s.title, flow.left, doc.y, { width: flow.width });
  });
  flow.paragraph(s.subtitle, 'small', { after: 16 });
  const optional = (label: string, value: string | undefined): [string, string][] => (value ? [[label, r.text(value)]] : []);
  // The parties, as a statement to the court names them: everyone in the vault with that role.
  const named = (role: 'survivor' | 'perpetrator') => [...data.people.values()].filter((p) => p.role === role).map((p) => p.name).join(', ');
  const party = (label: string, names: string): [string, string][] => (names ? [[label, names]] : []);
  flow.fields([
    ...optional(s.cover.caseReference, options.caseReference),
    // She may keep no record of herself in the vault; the cover still names both parties, her name
    // by her own hand on the line, as she signs below.
    [s.cover.victim, named('survivor') || BLANK_NAME],
    ...party(s.cover.accused, named('perpetrator')),
    [s.cover.period, periodText(ctx)],
    // The one place the zone is stated for the whole dossier; a time elsewhere names its zone
    // only where it differs (format.ts).
    [s.cover.times, s.cover.timesNote(fmt.homeZoneText(data.entries.map((d) => d.entry.occurredAt.at)))],
    ...optional(s.cover.preparedBy, options.preparedBy),
    ...optional(s.cover.preparedFor, options.recipient),
    ...optional(s.cover.purpose, options.purpose),
    [s.cover.exportedAt, generatedAt(ctx)],
  ]);
  // A redacted copy says so where the reader starts, and what kinds of information it lacks.
  if (r.removed.size > 0) flow.paragraph(s.cover.redactedCopy(REMOVED_KINDS.filter((k) => r.removed.has(k)).map((k) => s.cover.removedKinds[k]).join('; ')), 'body', { after: 10 });

  flow.heading(3, s.cover.counts, 70);
  const count = (kind: 'incident' | 'stalking' | 'economic') => data.entries.filter((d) => d.entry.kind === kind).length;
  const messages = data.entries.reduce((n, d) => n + d.messages.length, 0);
  const files = data.entries.reduce((n, d) => n + d.attachments.length, 0);
  flow.fields(
    [
      [s.kindsPlural.incident, fmt.number(count('incident'))],
      [s.kindsPlural.stalking, `${fmt.number(count('stalking'))}  (${fmt.count(messages, s.units.messages)})`],
      [s.kindsPlural.economic, fmt.number(count('economic'))],
      [s.entry.attachments, fmt.count(files, s.units.files)],
    ],
    0.4,
  );

  // The fingerprint box: text on the left, QR on the right.
  const boxHeight = 118;
  flow.ensure(boxHeight + 40);
  const top = doc.y + 4;
  const qrSize = boxHeight - 16;
  flow.artifact(() => doc.roundedRect(flow.left, top, flow.width, boxHeight, 4).lineWidth(0.8).fillAndStroke(colour.accentLight, colour.rule));
  const textWidth = flow.width - qrSize - 40;
  flow.tag('P', () => {
    flow.use('h3');
    doc.text(s.cover.fingerprintTitle, flow.left + 12, top + 10, { width: textWidth });
    doc.font('mono').fontSize(10.5).fillColor(colour.text);
    doc.text(groupedFingerprint(ctx.fingerprint), flow.left + 12, doc.y + 4, { width: textWidth, lineGap: 1.5 });
    flow.use('small');
    doc.text(s.cover.fingerprintNote, flow.left + 12, doc.y + 5, { width: textWidth, lineGap: style.small.lineGap });
  });
  drawQr(flow, `sha256:${ctx.fingerprint}`, flow.left + flow.width - qrSize - 8, top + 8, qrSize, `QR: sha256:${ctx.fingerprint}`);
  doc.x = flow.left;
  doc.y = top + boxHeight + 10;
  flow.paragraph(s.cover.signedNote, 'small', { after: 14 });

  // Her statement and a line to sign and date by hand, kept together on the cover.
  flow.ensure(70);
  flow.paragraph(s.cover.truthStatement, 'body', { after: 18 });
  flow.paragraph(`${s.cover.signature}: ______________________        ${s.cover.signatureDate}: ____.____.________`, 'body', { after: 14 });

  const rows = 8;
  flow.ensure(30 + rows * 16);
  flow.heading(3, s.cover.contents, rows * 16);
  const slot = { page: doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1, y: doc.y };
  flow.closeSection();
  return slot;
}

export const SECTION_ORDER: SectionId[] = ['summary', 'chronology', 'entries', 'messages', 'ledger', 'evidence', 'integrity'];
