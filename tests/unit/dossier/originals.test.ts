// Which attached files go into the dossier as embedded originals (README "In the dossier").
import { describe, expect, it } from 'vitest';
import { embeddedName, MAX_EMBEDDED_BYTES, originalOutcome } from '../../../main/dossier/render/originals';
import type { ExhibitAttachment } from '../../../main/dossier/select';

const file = (mime: string, size = 1000): ExhibitAttachment => ({ id: 'a', entryId: 'e', fileName: 'справка.pdf', mime, size, sha256: '0'.repeat(64), exif: null, addedAt: '2024-03-05T15:30:00.000Z', exhibit: '4.1' });
const ctx = (active: boolean) => ({ data: { redactor: { active } } }) as never;

describe('embedded originals', () => {
  it('embeds documents and chat exports up to 50 MB, never photos, never in a redacted copy', () => {
    for (const mime of ['application/pdf', 'text/plain', 'application/json', 'application/xml', 'text/html', 'text/csv']) expect(originalOutcome(ctx(false), file(mime)), mime).toBe('embedded');
    expect(originalOutcome(ctx(false), file('image/jpeg'))).toBe('no');
    expect(originalOutcome(ctx(false), file('audio/mpeg'))).toBe('no');
    expect(originalOutcome(ctx(false), file('application/pdf', MAX_EMBEDDED_BYTES))).toBe('embedded');
    expect(originalOutcome(ctx(false), file('application/pdf', MAX_EMBEDDED_BYTES + 1))).toBe('large');
    expect(MAX_EMBEDDED_BYTES).toBe(50 * 1024 * 1024);
    expect(originalOutcome(ctx(true), file('application/pdf'))).toBe('redacted');
    expect(embeddedName(file('application/pdf'))).toBe('4.1 справка.pdf');
  });
});
