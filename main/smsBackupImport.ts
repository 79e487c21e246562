// An SMS Backup & Restore file named by path, imported without ever holding its messages: a
// backup of 600 MB holds ~10 M records, which as objects would take several gigabytes (issue 12,
// item 2). Two streamed passes over the file: the first counts what the preview says and checks
// her choice of senders; the second, run while the import's one transaction is open, hands the
// messages to the vault in batches (one read chunk's records at a time). Both passes hash the file,
// so a file that changes between them rolls the import back instead of storing something else.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DossierError } from '../shared/errors';
import { SmsBackupRecords, streamSmsBackup, type CanonicalMessage, type ExportFacts } from './importers';
import { dedupeBaseOf, draftOf, PreviewTally } from './importers/prepare';
import { RepeatFilter } from './importers/repeats';
import { roleOfMessage, type SenderChoice } from './importers/roles';
import type { StreamedMessage } from './vault/imports';

/** Told how far reading has got (bytes read of bytes in all). */
type Progress = (read: number, total: number) => void;

export interface SmsBackupFile {
  path: string;
  size: number;
}

/** Read chunk: each chunk's records are one batch for the vault (~1,000 small SMS). Small on
 *  purpose: a batch's objects live until the vault has written it, and with 1 MiB batches
 *  (~16,000 records) they outlived the young generation, were promoted and piled up as old
 *  garbage (the heap swung by ~250 MB between collections). */
const CHUNK_BYTES = 64 * 1024;

/** The file's chunks, hashed and reported as they pass. Progress stays in the file's own bytes
 *  (the CLI prints "N of M MB"): with two passes, each counts for half of it. */
async function* chunksOf(file: SmsBackupFile, hash: ReturnType<typeof createHash>, progress: Progress, pass: { index: 0 | 1; of: 1 | 2 }): AsyncGenerator<Buffer> {
  let read = pass.index * file.size;
  for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    read += chunk.length;
    progress(Math.floor(read / pass.of), file.size);
    yield chunk;
  }
}

export interface SmsBackupTally {
  facts: ExportFacts;
  tally: PreviewTally;
  repeats: RepeatFilter;
  sha256: string;
}

/** The counting pass: what the preview shows, and each sender's directions for checking her choice. */
export async function tallySmsBackup(file: SmsBackupFile, choice: SenderChoice, progress: Progress, passes: 1 | 2): Promise<SmsBackupTally> {
  const tally = new PreviewTally(choice);
  const repeats = new RepeatFilter(file.size);
  const roleOf = roleOfMessage(choice);
  const hash = createHash('sha256');
  const facts = await streamSmsBackup(chunksOf(file, hash, progress, { index: 0, of: passes }), (batch) => {
    for (const m of batch) {
      tally.add(m);
      // Only an import needs the repeats; a message without a time fails the import in the next pass.
      if (passes === 2 && !m.isSystem && m.sentAt !== null) {
        const key = dedupeBaseOf(draftOf(m, '', true, roleOf)!.draft, m.platformId);
        if ('base' in key) repeats.note(key.base);
      }
    }
  });
  return { facts, tally, repeats, sha256: hash.digest('hex') };
}

/** The writing pass: the messages as the vault stores them, a batch per read chunk. Ends by
 *  checking that this pass read the very bytes the counting pass read. */
export async function* smsBackupBatches(
  file: SmsBackupFile,
  counted: SmsBackupTally,
  zone: string,
  choice: SenderChoice,
  personId: string | undefined,
  progress: Progress,
): AsyncGenerator<StreamedMessage[]> {
  const roleOf = roleOfMessage(choice);
  const prepare = (records: readonly CanonicalMessage[]): StreamedMessage[] => {
    const out: StreamedMessage[] = [];
    for (const m of records) {
      const one = draftOf(m, zone, counted.facts.timesAreUtc, roleOf, personId);
      if (!one) continue;
      const key = dedupeBaseOf(one.draft, one.platformId);
      out.push({ ...one, dedupe: 'key' in key ? key : { base: key.base, mayRepeat: counted.repeats.mayRepeat(key.base) } });
    }
    return out;
  };
  const hash = createHash('sha256');
  const reader = new SmsBackupRecords();
  for await (const chunk of chunksOf(file, hash, progress, { index: 1, of: 2 })) {
    const batch = prepare(reader.push(chunk));
    if (batch.length > 0) yield batch;
  }
  const last = prepare(reader.finish().records);
  if (last.length > 0) yield last;
  if (hash.digest('hex') !== counted.sha256) throw new DossierError('IMPORT_MALFORMED', { reason: 'the file changed while it was read' });
}
