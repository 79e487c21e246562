// The statement as a list of paragraphs, apart from how Word draws them (docx.ts), so what it says
// can be read and tested without a layout. A blank is a place only she can fill, with its hint.
import type { Person } from '../../../shared/domain';
import { placeName } from '../../../shared/places';
import { calendarDayText, dateText, offsetText, timeText } from '../../../shared/timeFormat';
import type { StatementEvent, StatementFacts } from './facts';
import type { LawWording, Wording } from './wording';

export type Part = string | { blank: string };
export type BlockStyle = 'coverTitle' | 'cover' | 'pageBreak' | 'right' | 'title' | 'subtitle' | 'para' | 'heading' | 'item' | 'signature';
export interface Block {
  style: BlockStyle;
  parts: Part[];
}

const block = (style: BlockStyle, ...parts: Part[]): Block => ({ style, parts });
const blank = (hint: string): Part => ({ blank: hint });
/** What the vault has, or a marked blank: never an invented value. */
const orBlank = (value: string | undefined, hint: string): Part => (value && value.trim() ? value.trim() : blank(hint));

function coverPage(w: Wording, law: LawWording): Block[] {
  const c = w.cover;
  return [
    block('coverTitle', c.title),
    block('cover', c.notFiled),
    ...[c.intro, c.lawyer, c.blanks, law.whereToFile, law.copies, c.attach, c.accusedGetsCopy, c.sign].map((text) => block('cover', text)),
    block('pageBreak'),
  ];
}

function header(facts: StatementFacts, w: Wording, law: LawWording, court: string | undefined): Block[] {
  const me = facts.applicant;
  const him = facts.accused;
  return [
    block('right', `${w.to} `, orBlank(court, law.courtHint)),
    block('right', w.applicant, ' ', orBlank(me?.name, w.applicantNameHint)),
    block('right', w.birthLabel, ' ', blank(w.birthHint)),
    block('right', w.addressLabel, ' ', orBlank(me?.address, w.applicantAddressHint)),
    block('right', w.identityLabel, ' ', blank(w.identityHint)),
    block('right', w.phoneLabel, ' ', orBlank(me?.contact, w.phoneHint)),
    block('right', w.accusedLabel, ' ', orBlank(him?.name, w.accusedNameHint)),
    block('right', w.addressLabel, ' ', orBlank(him?.address, w.accusedAddressHint)),
    block('right', w.accusedMoreLabel, ' ', blank(w.accusedMoreHint)),
  ];
}

/** Courts here write a day as dd.mm.yyyy in Russian and Belarusian alike: timeFormat's 'ru' style. */
const courtDay = (isoDay: string) => calendarDayText(isoDay, 'ru');

/** When it happened, in the zone of the place, with that zone named beside a time: a time without
 *  its zone is not evidence. The end of a span is said when it ends on another day. */
function whenText(event: StatementEvent, w: Wording): string {
  const { at, zone, precision, end } = event.entry.occurredAt;
  const date = dateText(at, zone, 'ru');
  const endDate = end ? dateText(end, zone, 'ru') : null;
  const t = precision === 'date' ? null : timeText(at, zone);
  const time = t === null ? '' : ` ${precision === 'approximate' ? w.about(t) : w.at(t)}`;
  const until = endDate && endDate !== date ? ` ${w.until(endDate)}` : '';
  return `${date}${time}${until}${t === null ? '' : ` ${w.localTime(placeName(zone, w.language), offsetText(at, zone))}`}`;
}

function eventBlocks(event: StatementEvent, index: number, w: Wording, law: LawWording): Block[] {
  const e = event.entry;
  const story = [e.title.replace(/[.!?…]?$/, '.'), e.text.trim()].filter(Boolean).join(' ');
  const blocks = [
    block('item', `${index + 1}. ${whenText(event, w)}. ${w.placeLabel} `, orBlank(e.place, w.placeHint), `. ${story} ${w.exhibit(e.number)}`),
  ];
  if (e.kind === 'incident') {
    if (e.injuries) blocks.push(block('para', `${w.injuries} ${e.injuries}`));
    if (e.medicalHelp) blocks.push(block('para', `${w.medical} ${e.medicalHelp}`));
    const report = e.policeReport;
    if (report && (report.date || report.number || report.outcome)) {
      const parts = [report.date ? courtDay(report.date) : '', report.number ? `№ ${report.number}` : '', report.outcome ?? ''].filter(Boolean);
      blocks.push(block('para', `${law.police} ${parts.join(', ')}`));
    }
    if (e.childrenPresent) blocks.push(block('para', w.childrenPresent));
  }
  return blocks;
}

function witnessLine(person: Person, index: number, w: Wording): Block {
  const reach = [person.address, person.contact].filter((v): v is string => Boolean(v && v.trim())).join('; ');
  return block('item', `2.${index + 1}. ${person.name}, `, orBlank(reach, w.witnessContactHint));
}

function attachmentBlocks(facts: StatementFacts, w: Wording, law: LawWording): Block[] {
  const numbers = facts.events.map((e) => e.entry.number).join(', ');
  const lines: Block[] = [block('heading', w.attachmentsHeading), block('item', `1. ${law.copyForAccused}`), block('item', `2. ${w.dossierAttachment(numbers)}`)];
  facts.events.forEach((event, i) => {
    const files = event.files.map((f) => `№ ${f.exhibit} ${f.fileName}`).join('; ');
    lines.push(block('item', `${i + 3}. ${w.entryAttachment(event.entry.number, event.entry.title)}${files ? ` ${w.files} ${files}.` : ''}`));
  });
  return lines;
}

export function statementBlocks(facts: StatementFacts, w: Wording, law: LawWording, court: string | undefined): Block[] {
  const accused = facts.accused?.name ?? '____________';
  return [
    ...coverPage(w, law),
    ...header(facts, w, law, court),
    block('title', w.title),
    block('subtitle', w.subtitle),
    block('subtitle', law.procedureArticle),
    block('para', w.opening(accused)),
    ...facts.events.flatMap((event, i) => eventBlocks(event, i, w, law)),
    block('para', `${w.qualification()} `, blank(law.offenceHint), '.'),
    block('para', w.therefore(law.requestBasis)),
    block('heading', w.iAsk),
    block('item', `1. ${law.request}`),
    block('item', `2. ${w.witnessesHeading}`),
    ...(facts.witnesses.length ? facts.witnesses.map((p, i) => witnessLine(p, i, w)) : [block('item', w.noWitnesses)]),
    ...attachmentBlocks(facts, w, law),
    block('para', law.falseAccusation, ' ', blank(w.signatureHint)),
    block('signature', `${w.dateLabel} `, blank(w.dateLabel.replace(':', '').toLowerCase()), `   ${w.signatureLabel} `, blank(w.signatureHint), ' / ', blank(w.nameHint)),
  ];
}

export function countBlanks(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + b.parts.filter((p) => typeof p !== 'string').length, 0);
}
