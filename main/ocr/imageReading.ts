// Reading images' words for the vault: one image now (the CLI, when it attaches), or every waiting
// image in the background (the app), one at a time. The service's calls are queued (one connection);
// only the short vault steps go through that queue, the reading itself runs in the engine's worker
// thread between them, so lock, search and the rest are answered while a screenshot is read.
import type { Attachment, RecognisedText } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { getAttachment, readAttachmentRange } from '../vault/attachments';
import { isImage } from '../vault/mime';
import { RECOGNISED_WITH, storeRecognisedText, waitingImages, withReading } from '../vault/recognisedText';
import type { Db } from '../vault/sqlite';
import type { Reader } from './recognise';

/** Images above this size are not read (a camera photo is ~5–10 MB); they stay 'too-large'. */
export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

interface VaultAccess {
  /** Runs `work` in the service's queue with the open vault; throws VAULT_LOCKED when there is none. */
  inQueue<T>(work: (db: Db, at: string) => Promise<T>): Promise<T>;
  /** Changes whenever the vault is locked or another is opened: a reading finished after that is dropped. */
  generation(): number;
}

async function readOne(db: Db, reader: Reader, attachment: Attachment): Promise<Omit<RecognisedText, 'recognisedAt'>> {
  const base = { attachmentId: attachment.id, entryId: attachment.entryId, languages: RECOGNISED_WITH };
  if (attachment.size > MAX_IMAGE_BYTES) return { ...base, status: 'too-large', text: null };
  const image = await readAttachmentRange(db, attachment.id, 0, attachment.size);
  const result = await reader.read(image);
  return { ...base, status: result.status, text: result.status === 'read' ? result.text : null };
}

/** Reads one image attachment now and keeps the result (called inside the service's queue). */
export async function recogniseNow(db: Db, reader: Reader, id: string, at: () => string): Promise<Attachment> {
  const attachment = await getAttachment(db, id);
  if (!isImage(attachment.mime)) throw new DossierError('INVALID_INPUT', { field: 'id', reason: 'only images have words to read' });
  const reading = { ...(await readOne(db, reader, attachment)), recognisedAt: at() };
  await db.transaction(() => storeRecognisedText(db, reading));
  return withReading(attachment, reading);
}

/** The app's background reader: `kick()` after anything that may add images; `status()` for progress. */
export function backgroundReading(vault: VaultAccess, reader: Reader) {
  let reading = false;

  async function drain(): Promise<void> {
    for (;;) {
      const generation = vault.generation();
      const next = await vault.inQueue(async (db) => {
        const [first] = await waitingImages(db, 1);
        return first === undefined ? null : getAttachment(db, first.id);
      });
      if (next === null) return;
      // The bytes are read in the queue; the engine works outside it.
      const image = await vault.inQueue(async (db) => (next.size > MAX_IMAGE_BYTES ? null : readAttachmentRange(db, next.id, 0, next.size)));
      const base = { attachmentId: next.id, entryId: next.entryId, languages: RECOGNISED_WITH };
      const result = image === null ? ({ status: 'too-large' } as const) : await reader.read(image);
      if (generation !== vault.generation()) return;
      await vault.inQueue(async (db, at) => {
        // Destroyed while it was being read: nothing to keep.
        if ((await db.get('SELECT 1 AS found FROM attachments WHERE id = ?', [next.id])) === undefined) return;
        await db.transaction(() => storeRecognisedText(db, { ...base, status: result.status, text: result.status === 'read' ? result.text : null, recognisedAt: at }));
      });
    }
  }

  return {
    kick(): void {
      if (reading) return;
      reading = true;
      drain()
        .catch(() => undefined) // locked meanwhile, or the engine missing: the images stay waiting
        .finally(() => {
          reading = false;
        });
    },
    async status(db: Db): Promise<{ waiting: number; reading: boolean }> {
      return { waiting: (await waitingImages(db, Number.MAX_SAFE_INTEGER)).length, reading };
    },
  };
}
