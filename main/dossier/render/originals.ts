// Original documents inside the dossier (issue 9, item 6): a medical certificate or a police letter
// kept as a PDF, or the chat export her messages were imported from, is embedded as a PDF/A-3
// associated file (/AF on the catalogue, /AFRelationship
// /Source), so a court opens the very file she added from the dossier itself, its SHA-256 in the
// description and in the evidence index. Embedded files go in the file body before the signature
// is made, so the signature's byte range covers them like everything else.
import { createHash } from 'node:crypto';
import type { ExhibitAttachment } from '../select';
import { letStreamDrain } from './drain';
import type { RenderContext } from './context';
import { embedFile } from './embedFile';

/** Beyond this, a court's copy becomes hard to send; the evidence index still lists the file. */
export const MAX_EMBEDDED_BYTES = 50 * 1024 * 1024;

/** Documents and chat exports; not photos (shown on the page, their metadata stripped first). */
const ORIGINALS = new Set(['application/pdf', 'text/plain', 'text/csv', 'text/html', 'text/xml', 'application/xml', 'application/json']);

export type OriginalOutcome = 'embedded' | 'redacted' | 'large' | 'no';

/** Whether a file goes into the dossier as an original. Never into a redacted copy: what is inside
 *  a PDF (compressed text, its own metadata) cannot be proven free of what was removed. */
export function originalOutcome(ctx: Pick<RenderContext, 'data'>, a: ExhibitAttachment): OriginalOutcome {
  if (!ORIGINALS.has(a.mime)) return 'no';
  if (ctx.data.redactor.active) return 'redacted';
  if (a.size > MAX_EMBEDDED_BYTES) return 'large';
  return 'embedded';
}

/** The name it has among the dossier's attachments: its exhibit number first, so two files of the
 *  same name never collide and each is found by its number. */
export function embeddedName(a: ExhibitAttachment): string {
  return `${a.exhibit} ${a.fileName}`;
}

export async function embedOriginal(ctx: RenderContext, a: ExhibitAttachment): Promise<string> {
  const bytes = await ctx.loadAttachment(a);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const name = embeddedName(a);
  const when = new Date(a.addedAt);
  embedFile(ctx.doc, bytes, {
    name,
    type: a.mime,
    relationship: 'Source',
    description: `${ctx.s.exhibitNo(a.exhibit)}, SHA-256 ${sha256}`,
    creationDate: when,
    modifiedDate: when,
  });
  await letStreamDrain();
  return name;
}
