// Section 3: every entry in full: all its fields, who recorded it and when, whether it was edited
// (the earlier versions are in section 7), its photos shown and its other files listed.
import type { EntryKind, EntryRecord, Person } from '../../../shared/domain';
import { inSentence, listOf } from '../../../shared/words';
import type { Format } from '../format';
import type { Strings } from '../i18n';
import type { DossierEntry, ExhibitAttachment } from '../select';
import { bookmark, startSection, type RenderContext } from './context';
import { drawImage, isShownImage } from './images';
import { embedOriginal, originalOutcome } from './originals';
import { DEFAULT_RECORDER } from '../../vault/vault';
import { colour } from './theme';

/** The kind's words for its categories (shared with the app), listed as a document lists them. */
export function categoryText(s: Strings, kind: EntryKind, categories: readonly string[]): string {
  const words: Readonly<Record<string, string>> = s.categories[kind];
  return listOf(categories.map((c) => words[c] ?? c));
}

/** "Виктор (лицо, совершившее насилие), муж, +375…": the role in brackets, so its comma is not
 *  taken for the end of the name. */
export function personText(s: Strings, person: Person): string {
  return [`${person.name} (${inSentence(s.roles[person.role])})`, person.relation, person.contact].filter(Boolean).join(', ');
}

/** Label/value rows for one version of an entry (also used for earlier versions in section 7). */
export function entryFields(s: Strings, fmt: Format, entry: EntryRecord, people: Map<string, Person>): [string, string][] {
  const rows: [string, string][] = [[s.entry.when, fmt.occurred(entry.occurredAt)]];
  if (entry.categories.length) rows.push([s.entry.categories, categoryText(s, entry.kind, entry.categories)]);
  if (entry.place) rows.push([s.entry.place, entry.place]);
  const named = entry.personIds.map((id) => people.get(id)).filter((p): p is Person => p !== undefined);
  if (named.length) rows.push([s.entry.people, named.map((p) => personText(s, p)).join('\n')]);
  if (entry.kind === 'incident') {
    if (entry.injuries) rows.push([s.entry.injuries, entry.injuries]);
    if (entry.medicalHelp) rows.push([s.entry.medicalHelp, entry.medicalHelp]);
    const police = entry.policeReport;
    if (police && (police.date || police.number || police.outcome)) {
      const parts = [
        police.date ? `${s.entry.policeDate}: ${fmt.calendarDay(police.date)}` : '',
        police.number ? `${s.entry.policeNumber}: ${police.number}` : '',
        police.outcome ? `${s.entry.policeOutcome}: ${police.outcome}` : '',
      ];
      rows.push([s.entry.police, parts.filter(Boolean).join('\n')]);
    }
    if (entry.childrenPresent !== undefined) rows.push([s.entry.children, entry.childrenPresent ? s.entry.yes : s.entry.no]);
  }
  if (entry.kind === 'economic' && entry.amount) rows.push([s.entry.amount, fmt.money(entry.amount.value, entry.amount.currency)]);
  return rows;
}

/** The vault's built-in recorder name is English ("vault owner"): say it in the dossier's language. */
export function recorderName(s: Strings, recordedBy: string): string {
  return recordedBy === DEFAULT_RECORDER ? s.entry.owner : recordedBy;
}

/** What became of a file that is not a picture: its original embedded, or why not. */
async function originalText(ctx: RenderContext, a: ExhibitAttachment): Promise<string> {
  const { s } = ctx;
  switch (originalOutcome(ctx, a)) {
    case 'embedded':
      return s.entry.embedded(await embedOriginal(ctx, a));
    case 'redacted':
      return s.entry.notEmbeddedRedacted;
    case 'large':
      return s.entry.notEmbeddedLarge;
    default:
      return s.entry.notShown;
  }
}

export function entryHeading(s: Strings, d: DossierEntry): string {
  return `${s.entryNo(d.exhibit)} · ${s.kinds[d.entry.kind]} · ${d.entry.title}`;
}

async function renderEntry(ctx: RenderContext, d: DossierEntry): Promise<void> {
  const { flow, fmt, s, data, doc } = ctx;
  const e = d.entry;
  const recordedAt = fmt.dateTime(e.recordedAt, e.occurredAt.zone);
  const rows = entryFields(s, fmt, e, data.people);
  rows.push([s.entry.recorded, s.entry.recordedBy(recorderName(s, e.recordedBy), recordedAt)]);
  rows.push([s.entry.versions, d.revisions.length ? s.entry.edited(d.revisions.length, fmt.word(d.revisions.length, s.units.versions)) : s.entry.original]);
  if (e.archived) rows.push(['', s.entry.archived]);
  flow.fields(rows);
  flow.paragraph(s.entry.description, 'label', { after: 2, keep: 24 });
  flow.paragraph(e.text || s.entry.noDescription, e.text ? 'body' : 'small', { after: 6 });
  if (d.messages.length) flow.paragraph(s.entry.messageLog(fmt.count(d.messages.length, s.units.messages)), 'small', { after: 6 });
  for (const [i, a] of d.attachments.entries()) {
    // The caption says when the picture was taken, as the file itself states it.
    const when = a.exif?.capturedAt ? s.entry.captured(fmt.fileClock(a.exif.capturedAt)) : s.entry.noCaptureTime;
    const caption = `${s.entry.imageCaption(s.exhibitNo(a.exhibit), a.fileName)} · ${when}`;
    // The "Files" label goes with the first file (never alone at the foot of a page).
    const label = i === 0 ? s.entry.attachments : undefined;
    const drawn = isShownImage(a.mime) ? await drawImage(ctx, a, caption, label) : false;
    if (drawn !== true) {
      if (label) flow.paragraph(label, 'label', { after: 3, keep: 20 });
      flow.paragraph(`${s.exhibitNo(a.exhibit)}  ${a.fileName} (${a.mime}, ${fmt.bytes(a.size)}) — ${drawn === 'metadata' ? s.entry.metadataNotRemoved : await originalText(ctx, a)}`, 'small', { after: 3 });
    }
    if (a.recognition === 'read' && a.recognisedText) {
      flow.paragraph(s.entry.recognisedText, 'label', { after: 2, keep: 24 });
      flow.paragraph(a.recognisedText, 'small', { after: 6 });
    }
    ctx.checkpoint();
  }
  const y = doc.y + 4;
  if (y < flow.bottom) flow.artifact(() => doc.moveTo(flow.left, y).lineTo(flow.left + flow.width, y).lineWidth(0.4).strokeColor(colour.rule).stroke());
  doc.y = y + 8;
}

export async function renderEntries(ctx: RenderContext): Promise<void> {
  const { flow, s } = ctx;
  const outline = startSection(ctx, 'entries', s.sections.entries);
  if (ctx.data.entries.length === 0) flow.paragraph(s.chronology.empty, 'small');
  for (const d of ctx.data.entries) {
    const top = flow.heading(2, entryHeading(s, d), 90);
    bookmark(ctx, outline, `${s.entryNo(d.exhibit)} ${d.entry.title}`, top);
    await renderEntry(ctx, d);
    ctx.checkpoint();
  }
  flow.closeSection();
}
