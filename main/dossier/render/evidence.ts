// Section 6: every attached file, its exhibit number, type, size, the SHA-256 taken at intake, and
// what the file itself says about when and where it was made (EXIF).
import type { Format } from '../format';
import type { Strings } from '../i18n';
import type { ExhibitAttachment } from '../select';
import { startSection, type RenderContext } from './context';
import type { Cell, Column } from './flow';
import { originalOutcome } from './originals';

export function capturedText(s: Strings, fmt: Format, a: ExhibitAttachment, locationRemoved: boolean): string {
  const exif = a.exif;
  if (!exif) return s.none;
  const parts: string[] = [];
  if (exif.capturedAt) parts.push(fmt.fileClock(exif.capturedAt));
  if (exif.latitude !== undefined && exif.longitude !== undefined) parts.push(`${s.evidence.location}: ${exif.latitude.toFixed(5)}, ${exif.longitude.toFixed(5)}`);
  else if (locationRemoved) parts.push(s.evidence.locationRemoved);
  if (exif.device) parts.push(`${s.evidence.device}: ${exif.device}`);
  return parts.join('\n') || s.none;
}

export function evidenceRow(s: Strings, fmt: Format, a: ExhibitAttachment, locationRemoved: boolean, embedded = false): Cell[] {
  return [
    { text: a.exhibit, style: 'cellBold' },
    a.fileName,
    `${a.mime}\n${fmt.bytes(a.size)}${embedded ? `\n${s.evidence.embedded}` : ''}`,
    { text: `${a.sha256.slice(0, 32)}\n${a.sha256.slice(32)}`, style: 'mono' },
    capturedText(s, fmt, a, locationRemoved),
  ];
}

export function renderEvidence(ctx: RenderContext): void {
  const { flow, s, fmt, data, options } = ctx;
  startSection(ctx, 'evidence', s.sections.evidence);
  flow.paragraph(s.evidence.intro, 'small', { after: 8 });
  const files = data.entries.flatMap((d) => d.attachments);
  if (files.length === 0) flow.paragraph(s.evidence.empty, 'body');
  else {
    const columns: Column[] = [
      { title: s.evidence.exhibit, share: 0.08 },
      { title: s.evidence.file, share: 0.21 },
      { title: s.evidence.type, share: 0.15 },
      { title: s.evidence.sha256, share: 0.33 },
      { title: s.evidence.captured, share: 0.23 },
    ];
    flow.table(columns, files.map((a) => evidenceRow(s, fmt, a, options.redact.photoLocations, originalOutcome(ctx, a) === 'embedded')));
  }
  flow.closeSection();
}
