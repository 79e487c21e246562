import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { jpegWithExif } from '../fixtures/exifJpeg';
import { expectCode, fileSha256, incident, newVault, tempFolder } from './helpers';

// What exifr is handed (the real exifr still does the work): bytes, never a path string.
const exifrSources = vi.hoisted(() => [] as unknown[]);
vi.mock('exifr', async (importOriginal) => {
  const real = (await importOriginal<{ default: { parse: (source: unknown, options: unknown) => Promise<unknown> } }>()).default;
  const parse = (source: unknown, options: unknown) => {
    exifrSources.push(source);
    return real.parse(source, options);
  };
  return { default: { ...real, parse } };
});

/** Writes `megabytes` of random data in 1 MiB pieces (the test itself must not hold 50 MB). */
async function bigFile(path: string, megabytes: number): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  for (let i = 0; i < megabytes; i += 1) {
    const piece = randomBytes(1024 * 1024);
    hash.update(piece);
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return hash.digest('hex');
}

/** Peak growth of resident memory while `work` runs, sampled every 5 ms. */
async function peakGrowth(work: () => Promise<void>): Promise<number> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage.rss()) - start;
}

describe('attachments', () => {
  const dir = tempFolder();

  it('round-trips a 50 MB file with the same SHA-256, without holding it in memory', async () => {
    const { service } = await newVault(dir, 'big.dossier');
    const entry = await service['entries.create']({ draft: incident() });
    const source = join(dir, 'video.mp4');
    const sha = await bigFile(source, 50);
    const copy = join(dir, 'video-copy.mp4');
    let attachmentId = '';
    const growth = await peakGrowth(async () => {
      const attachment = await service['attachments.add']({ entryId: entry.id, path: source });
      expect(attachment).toMatchObject({ sha256: sha, size: 50 * 1024 * 1024, fileName: 'video.mp4' });
      attachmentId = attachment.id;
      await service['attachments.saveTo']({ id: attachment.id, path: copy });
    });
    expect(fileSha256(copy)).toBe(sha);
    // Chunked intake and read-back: growth stays far below the file's 50 MB.
    expect(growth).toBeLessThan(30 * 1024 * 1024);
    const slice = await service['attachments.read']({ id: attachmentId, offset: 1024 * 1024 - 10, length: 20 });
    const expected = readFileSync(source).subarray(1024 * 1024 - 10, 1024 * 1024 + 10);
    expect(Buffer.from(slice.base64, 'base64').equals(expected)).toBe(true);
    expect((await service['vault.verify']({})).ledger.ok).toBe(true);
    await service.close();
  });

  it('reads capture time, place and device from a photo\'s EXIF, and detects the type from its bytes', async () => {
    const { service } = await newVault(dir, 'exif.dossier');
    const entry = await service['entries.create']({ draft: incident() });
    const photo = join(dir, 'IMG_0042.dat'); // misleading extension on purpose
    writeFileSync(photo, jpegWithExif({ capturedAt: '2024:03:05 18:30:00', offset: '+03:00', latitude: 53.9045, longitude: 27.5615, make: 'Samsung', model: 'SM-A515F', orientation: 6 }));
    const attachment = await service['attachments.add']({ entryId: entry.id, path: photo });
    expect(attachment.mime).toBe('image/jpeg');
    expect(attachment.sha256).toBe(fileSha256(photo));
    expect(attachment.exif).toMatchObject({ capturedAt: '2024-03-05T18:30:00+03:00', device: 'Samsung SM-A515F', orientation: 6 });
    expect(attachment.exif?.latitude).toBeCloseTo(53.9045, 3);
    expect(attachment.exif?.longitude).toBeCloseTo(27.5615, 3);
    const listed = await service['attachments.list']({ entryId: entry.id });
    expect(listed).toEqual([attachment]);
    await service.close();
  });

  it('hands exifr the stored bytes, never a path string (exifr fetches a string that looks like a URL)', async () => {
    exifrSources.length = 0;
    {
      const { service } = await newVault(dir, 'exif-bytes.dossier');
      const entry = await service['entries.create']({ draft: incident() });
      const photo = join(dir, 'photo.jpg');
      writeFileSync(photo, jpegWithExif({ capturedAt: '2024:03:05 18:30:00', offset: '+03:00', latitude: 1, longitude: 2, make: 'M', model: 'X', orientation: 1 }));
      const attachment = await service['attachments.add']({ entryId: entry.id, path: photo });
      expect(attachment.exif?.capturedAt).toBe('2024-03-05T18:30:00+03:00');
      expect(exifrSources.length).toBeGreaterThan(0);
      for (const source of exifrSources) expect(typeof source, 'exifr was given a string').not.toBe('string');
      await service.close();
    }
  });

  it('refuses a missing file and a file over the limit, and changes nothing', async () => {
    const { service } = await newVault(dir, 'limits.dossier', { attachmentLimitBytes: 1000 });
    const entry = await service['entries.create']({ draft: incident() });
    const before = await service['ledger.verify']({});
    await expectCode(service['attachments.add']({ entryId: entry.id, path: join(dir, 'not-there.jpg') }), 'FILE_NOT_FOUND');
    const large = join(dir, 'large.bin');
    writeFileSync(large, randomBytes(1001));
    await expectCode(service['attachments.add']({ entryId: entry.id, path: large }), 'FILE_TOO_LARGE');
    await expectCode(service['attachments.add']({ entryId: entry.id, fileName: 'large.bin', base64: randomBytes(1001).toString('base64') }), 'FILE_TOO_LARGE');
    expect(await service['attachments.list']({ entryId: entry.id })).toEqual([]);
    expect((await service['ledger.verify']({})).head).toBe(before.head);
    expect(statSync(large).size).toBe(1001);
    await service.close();
  });

  it('saves a copy only where asked, never over an existing file unless told', async () => {
    const { service } = await newVault(dir, 'save.dossier');
    const entry = await service['entries.create']({ draft: incident() });
    const attachment = await service['attachments.add']({ entryId: entry.id, fileName: 'note.txt', base64: Buffer.from('evidence').toString('base64') });
    const target = join(dir, 'mine.txt');
    writeFileSync(target, 'do not lose me');
    await expectCode(service['attachments.saveTo']({ id: attachment.id, path: target }), 'INVALID_INPUT');
    expect(readFileSync(target, 'utf8')).toBe('do not lose me');
    await service['attachments.saveTo']({ id: attachment.id, path: target, overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('evidence');
    await service.close();
  });
});
