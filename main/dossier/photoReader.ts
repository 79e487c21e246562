// Reading the dossier's files out of the vault for the layout thread. The vault's engine is
// synchronous, so the photos are read in this thread while the layout thread lays out pages:
// in the order they are drawn, one after another, as far ahead as READ_AHEAD_BYTES allows.
import type { Attachment } from '../../shared/domain';
import { attachmentChunks } from '../vault/attachments';
import type { Db } from '../vault/sqlite';
import { isShownImage } from './render/images';
import type { DossierData } from './select';

/** How much may be read ahead of the photo being laid out. The photos come in one section, after
 *  the cover, summary and chronology: reading ~30 photos ahead while those are laid out is what
 *  lets the layout thread find them ready. Peak memory stays within the export's 600 MB budget
 *  (tests/bench/dossier.ts measures it). */
export const READ_AHEAD_BYTES = 40 * 1024 * 1024;

export async function readWhole(db: Db, id: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of attachmentChunks(db, id)) parts.push(chunk);
  return Buffer.concat(parts);
}

/** One reader per export: `load(attachment)` gives its bytes, read ahead if it is a photo. One at a
 *  time, so the photo the layout waits for is never slowed by reading the ones after it. */
export function photoReader(db: Db, data: DossierData): (attachment: Attachment) => Promise<Buffer> {
  const order = data.entries.flatMap((d) => d.attachments.filter((a) => isShownImage(a.mime)));
  const position = new Map(order.map((a, i) => [a.id, i]));
  const ahead = new Map<string, { at: number; size: number; loading: Promise<Buffer> }>();
  let held = 0;
  let next = 0;
  let last: Promise<unknown> = Promise.resolve();
  const readInTurn = (id: string) => {
    const loading = last.then(() => readWhole(db, id));
    last = loading.catch(() => undefined); // a failure surfaces when it is awaited
    return loading;
  };
  const release = (id: string) => {
    held -= ahead.get(id)?.size ?? 0;
    ahead.delete(id);
  };
  const fill = () => {
    // Always the next one, then more while they fit.
    while (next < order.length && (ahead.size === 0 || held + order[next]!.size <= READ_AHEAD_BYTES)) {
      const photo = order[next]!;
      const loading = readInTurn(photo.id);
      loading.catch(() => undefined);
      ahead.set(photo.id, { at: next, size: photo.size, loading });
      held += photo.size;
      next += 1;
    }
  };
  fill();
  return (attachment) => {
    const at = position.get(attachment.id);
    const read = ahead.get(attachment.id);
    if (at === undefined) return readInTurn(attachment.id);
    // A photo the layout passed over (left out, unreadable) is not kept waiting in memory.
    for (const [id, other] of ahead) if (other.at < at) release(id);
    release(attachment.id);
    next = Math.max(next, at + 1);
    fill();
    return read?.loading ?? readInTurn(attachment.id);
  };
}
