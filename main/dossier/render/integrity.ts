// Section 7: how to check this dossier in plain words, the signature and hash-chain facts, what was
// left out (redactions, by kind only), and the full edit history: every earlier version of every
// edited entry, with what changed in the next one.
import type { EntryRecord } from '../../../shared/domain';
import { canonicalJson } from '../../vault/canonical';
import type { Strings } from '../i18n';
import { MANIFEST_FILE_NAME } from '../manifest';
import { recordOf, type DossierEntry } from '../select';
import { generatedAt, groupedFingerprint } from './cover';
import { startSection, type RenderContext } from './context';
import { entryFields } from './entries';
import { codePointName } from './glyphs';

type FieldName = keyof Strings['integrity']['field'];
const COMPARED: FieldName[] = ['kind', 'title', 'text', 'occurredAt', 'place', 'categories', 'injuries', 'medicalHelp', 'policeReport', 'childrenPresent', 'amount', 'recordedBy'];

/** Which fields differ between two versions, in the reader's words. */
export function changedFields(s: Strings, before: EntryRecord, after: EntryRecord): string {
  const get = (r: EntryRecord, field: FieldName): unknown => (field === 'people' ? r.personIds : (r as Record<string, unknown>)[field]);
  const names = [...COMPARED, 'people' as const].filter((f) => canonicalJson(get(before, f) ?? null) !== canonicalJson(get(after, f) ?? null));
  return names.map((f) => s.integrity.field[f]).join(', ') || '—';
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function renderHistory(ctx: RenderContext, edited: DossierEntry[]): void {
  const { flow, s, fmt, data } = ctx;
  flow.heading(2, s.integrity.historyTitle, 120);
  flow.paragraph(edited.length ? s.integrity.historyIntro : s.integrity.historyNone, 'small', { after: 8 });
  for (const d of edited) {
    flow.heading(3, `${s.entryNo(d.exhibit)} · ${d.entry.title}`, 80);
    const versions = [...d.revisions].sort((a, b) => a.version - b.version);
    versions.forEach((rev, i) => {
      const next = versions[i + 1]?.record ?? recordOf(d.entry);
      const zone = rev.record.occurredAt.zone;
      flow.paragraph(s.integrity.version(rev.version, fmt.dateTime(rev.replacedAt, zone)), 'label', { after: 3 });
      flow.fields([
        [capitalise(s.integrity.field.title), rev.record.title],
        ...entryFields(s, fmt, rev.record, data.people),
        [s.entry.description, rev.record.text || s.entry.noDescription],
        [s.integrity.changed, changedFields(s, rev.record, next)],
      ]);
    });
    ctx.checkpoint();
  }
}

/** Last, so it lists what every section before it could not draw (glyphs.ts). */
function renderMissingGlyphs(ctx: RenderContext): void {
  const missing = ctx.flow.glyphs?.missing;
  if (!missing || missing.size === 0) return;
  const { flow, s } = ctx;
  flow.heading(2, s.integrity.missingGlyphsTitle, 40);
  flow.paragraph(s.integrity.missingGlyphsIntro, 'small', { after: 4 });
  flow.paragraph([...missing].map(codePointName).join(', '), 'body');
}

export function renderIntegrity(ctx: RenderContext): void {
  const { flow, s, fmt, data, options } = ctx;
  startSection(ctx, 'integrity', s.sections.integrity);
  flow.heading(2, s.integrity.howTitle, 60);
  s.integrity.howSteps.forEach((step, i) => flow.paragraph(`${i + 1}.  ${step}`, 'body', { indent: 0, after: 5 }));
  flow.heading(3, s.integrity.commandsTitle, 40);
  flow.paragraph(`dossier verify FILE.pdf\npdfdetach -saveall FILE.pdf\nsha256sum ${MANIFEST_FILE_NAME}`, 'mono', { indent: 12, after: 10 });

  flow.heading(2, s.integrity.detailsTitle, 80);
  flow.fields([
    [s.integrity.fingerprint, groupedFingerprint(ctx.fingerprint)],
    [s.integrity.certificate, groupedFingerprint(ctx.certificateSha256)],
    [s.integrity.signer, ctx.signer],
    [s.integrity.ledgerHead, data.ledgerHead ? groupedFingerprint(data.ledgerHead) : s.none],
    [s.integrity.manifestName, MANIFEST_FILE_NAME],
    [s.integrity.exportedAt, generatedAt(ctx)],
  ]);
  flow.paragraph(s.integrity.ledgerNote, 'small', { after: 10 });

  const r = options.redact;
  const items = [
    r.survivorContacts ? s.integrity.redactionItems.survivorContacts : '',
    r.witnessContacts ? s.integrity.redactionItems.witnessContacts : '',
    r.helperNames ? s.integrity.redactionItems.helperNames : '',
    r.photoLocations ? s.integrity.redactionItems.photoLocations : '',
    r.strings.length ? s.integrity.redactionItems.strings(r.strings.length) : '',
  ].filter(Boolean);
  if (items.length) {
    flow.heading(2, s.integrity.redactionsTitle, 60);
    flow.paragraph(s.integrity.redactionsIntro, 'body', { after: 4 });
    items.forEach((item) => flow.paragraph(`•  ${item}`, 'body', { indent: 8, after: 2 }));
    flow.gap(8);
  }
  renderHistory(ctx, data.entries.filter((d) => d.revisions.length > 0));
  renderMissingGlyphs(ctx);
  flow.closeSection();
}
