// Making the sealed hand-over (issue 10, item 3): the dossier is made into memory by the export
// pipeline itself (same selection, redaction and its proof, signature), packed with the chosen
// entries' original files (layout.ts), sealed with age under a passphrase made for this hand-over,
// and only then written — ciphertext only, atomically, never over an existing file unless forced.
import { createHash } from 'node:crypto';
import { Encrypter } from 'age-encryption';
import type { HandoverRequest, HandoverResult } from '../../shared/filingContract';
import { DossierError } from '../../shared/errors';
import { exportDossier } from '../dossier/export';
import { MemoryOutput } from '../dossier/memoryOutput';
import type { DossierData } from '../dossier/select';
import { AtomicOutput, writeError } from '../dossier/write';
import { readAttachment } from '../vault/attachments';
import type { Db } from '../vault/sqlite';
import { packHandover, sha256, type OriginalToPack } from './layout';
import { newHandoverPassphrase } from './passphrase';

async function originalsOf(db: Db, data: DossierData): Promise<{ packed: OriginalToPack[]; leftOut: number }> {
  const all = data.entries.flatMap((e) => e.attachments);
  // A redacted hand-over carries no original: what is inside a photo or a chat export cannot be
  // checked for the removed details (the redacted dossier embeds none either, and says so).
  if (data.redactor.active) return { packed: [], leftOut: all.length };
  const packed: OriginalToPack[] = [];
  for (const attachment of all) {
    const bytes = await readAttachment(db, attachment.id);
    // The same SHA-256 as in the dossier's evidence index, or the vault itself is damaged.
    if (sha256(bytes) !== attachment.sha256) throw new DossierError('VAULT_CORRUPT');
    packed.push({ exhibit: attachment.exhibit, fileName: attachment.fileName, bytes });
  }
  return { packed, leftOut: 0 };
}

export async function writeHandover(db: Db, request: HandoverRequest, now: () => Date): Promise<HandoverResult> {
  // Opened first: an existing file is refused before any work, as the export does.
  const output = await AtomicOutput.open(request.path, request.force);
  const memory = new MemoryOutput();
  let zip: Uint8Array | null = null;
  try {
    let chosen: DossierData | null = null;
    const dossier = await exportDossier(db, { options: request.options, path: request.path, force: request.force, into: memory, chose: (data) => (chosen = data) }, now);
    const { packed, leftOut } = await originalsOf(db, chosen!);
    const pack = packHandover(memory.file.bytes(), packed, { createdAt: now().toISOString(), fingerprint: dossier.fingerprint, originalsLeftOut: leftOut });
    zip = pack.zip;
    // The PDF was proven by the export; the index is the only other text in a redacted hand-over.
    if (chosen!.redactor.matcher.finds(JSON.stringify(pack.index))) throw new DossierError('REDACTION_INCOMPLETE', { where: 'index' });
    const passphrase = newHandoverPassphrase();
    const encrypter = new Encrypter();
    encrypter.setPassphrase(passphrase);
    const sealed = await encrypter.encrypt(zip);
    output.write(sealed);
    await output.commit();
    return {
      path: request.path,
      passphrase,
      sha256: createHash('sha256').update(sealed).digest('hex'),
      bytes: sealed.byteLength,
      fingerprint: dossier.fingerprint,
      pages: dossier.pages,
      entries: dossier.entries,
      originals: packed.length,
      originalsLeftOut: leftOut,
    };
  } catch (error) {
    await output.abort();
    throw writeError(error);
  } finally {
    await memory.abort();
    zip?.fill(0);
  }
}
