// The photos' image data written by the vault's thread (main/dossier/photoBodies.ts): the header
// the layout gets and the data written in its kept place make exactly the photo without its
// metadata — when the header spans more than one stored chunk, and when the decrypted start could
// not be kept and is read again — and a damaged file in the vault fails the export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment } from '../../shared/domain';
import { LaterBytes } from '../../main/dossier/documentOutput';
import { MemoryOutput } from '../../main/dossier/memoryOutput';
import { PhotoBodies } from '../../main/dossier/photoBodies';
import { stripJpegMetadata } from '../../main/dossier/render/images';
import { CHUNK_BYTES } from '../../main/vault/attachments';
import type { Vault } from '../../main/vault/vault';
import { jpegWithOrientation, openVault, testJpeg } from './dossierFixture';
import { incident, newVault, tempFolder } from './helpers';

/** Comment segments (metadata: removed) of ~60 KB each, enough to push the image data past the
 *  vault's first 1 MB chunk. */
function withLongHeader(jpeg: Buffer, segments: number): Buffer {
  const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0xea, 0x62]), Buffer.alloc(0xea60, 0x41)]);
  return Buffer.concat([jpeg.subarray(0, 2), ...Array.from({ length: segments }, () => comment), jpeg.subarray(2)]);
}

describe('photo bodies', () => {
  const dir = tempFolder('dossier-photo-bodies-');
  let vault: Vault;
  const files = new Map<string, Buffer>();
  const stored = new Map<string, Attachment>();

  beforeAll(async () => {
    const { service, path } = await newVault(dir);
    const entry = await service['entries.create']({ draft: incident() });
    await service.close();
    vault = await openVault(path);
    files.set('big.jpg', testJpeg(1800, 1400, 95, 80));
    files.set('long-header.jpg', withLongHeader(jpegWithOrientation(6), 20));
    files.set('small.jpg', jpegWithOrientation(3));
    // A header of metadata past the first four chunks: read to the end first, walked once.
    files.set('crafted-header.jpg', withLongHeader(testJpeg(), 90));
    const broken = Buffer.from(testJpeg());
    broken.writeUInt16BE(0xfff0, 4);
    files.set('broken.jpg', broken);
    for (const [fileName, bytes] of files) stored.set(fileName, await vault.addAttachment(entry.id, { fileName, bytes }, 1024 ** 3));
  }, 120_000);

  afterAll(async () => {
    await vault?.close();
  });

  /** Lays out the photos as the export does: header, kept place, a page's bytes after it. */
  async function written(names: string[], keepAtMost?: number): Promise<Buffer> {
    const output = new MemoryOutput();
    const photos = new PhotoBodies(vault.db, output, [...stored.values()], keepAtMost);
    const heads = [];
    for (const name of names) heads.push(await photos.head(stored.get(name)!));
    for (const [i, name] of names.entries()) {
      output.write(heads[i]!.head);
      photos.later(new LaterBytes(heads[i]!.bodyLength, stored.get(name)!.id));
      output.write(Buffer.from(`\nendstream ${i}\n`));
    }
    await photos.done();
    return Buffer.from(output.file.bytes());
  }

  function expected(names: string[]): Buffer {
    return Buffer.concat(names.map((name, i) => Buffer.concat([stripJpegMetadata(files.get(name)!)!, Buffer.from(`\nendstream ${i}\n`)])));
  }

  it('gives the photo without its metadata, byte for byte, in the layout’s order', async () => {
    expect(files.get('big.jpg')!.length).toBeGreaterThan(CHUNK_BYTES);
    expect(files.get('long-header.jpg')!.indexOf(Buffer.from([0xff, 0xda]))).toBeGreaterThan(CHUNK_BYTES);
    expect(files.get('crafted-header.jpg')!.indexOf(Buffer.from([0xff, 0xda]))).toBeGreaterThan(5 * CHUNK_BYTES);
    const names = ['big.jpg', 'long-header.jpg', 'small.jpg', 'crafted-header.jpg', 'big.jpg'];
    const bytes = await written(names);
    expect(bytes.equals(expected(names))).toBe(true);
    expect(bytes.includes(Buffer.from('Xiaomi'))).toBe(false);
  }, 60_000);

  it('reads the start again when it could not be kept, with the same result', async () => {
    const names = ['long-header.jpg', 'crafted-header.jpg', 'big.jpg', 'small.jpg'];
    expect((await written(names, 0)).equals(expected(names))).toBe(true);
  }, 60_000);

  it('a JPEG it cannot walk to its image data gives no header (the photo is left out)', async () => {
    const photos = new PhotoBodies(vault.db, new MemoryOutput());
    expect(await photos.head(stored.get('broken.jpg')!)).toBeNull();
  });

  it('a photo shorter in the vault than its record says fails with VAULT_CORRUPT', async () => {
    const output = new MemoryOutput();
    const photos = new PhotoBodies(vault.db, output);
    const photo = stored.get('big.jpg')!;
    const head = (await photos.head(photo))!;
    photos.later(new LaterBytes(head.bodyLength, photo.id));
    await expect(photos.done()).resolves.toBeUndefined();
    const lying = { ...photo, size: photo.size + 10 };
    const again = (await photos.head(lying))!;
    photos.later(new LaterBytes(again.bodyLength, photo.id));
    await expect(photos.done()).rejects.toMatchObject({ code: 'VAULT_CORRUPT' });
    expect(() => photos.check()).toThrow();
  });
});
