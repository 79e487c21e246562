// WhatsApp "Export chat" with media (issue 14, item 5): each message that names a file of the
// export gets that file as its own attachment — hashed at intake, EXIF read, kept encrypted, linked
// to the message. Missing files are reported, names leaving the folder ignored and listed.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jpegWithExif } from '../fixtures/exifJpeg';
import { writeTree, zipTree, type Tree } from '../unit/importers/synthetic';
import { exportDossierFile, openVault, pdfText } from './dossierFixture';
import { newVault, tempFolder } from './helpers';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

const PHOTO = jpegWithExif({ capturedAt: '2022:03:23 14:01:02', offset: '+03:00', latitude: 53.9, longitude: 27.56, make: 'Xiaomi', model: 'Redmi', orientation: 1 });
const VOICE = Buffer.from('OggS fake voice note');
const CHAT = [
  '[23.03.22, 14:00:00] Виктор: Открой',
  '[23.03.22, 14:01:02] Виктор: <attached: 00000035-PHOTO-2022-03-23-14-01-02.jpg>',
  '[23.03.22, 14:02:00] Анна: Что это',
  '[23.03.22, 14:03:00] Виктор: PTT-20220323-WA0003.opus (файл прикреплён)',
  '[23.03.22, 14:04:00] Виктор: IMG-20220323-WA0009.jpg (file attached)',
  'подпись к фото',
  '[23.03.22, 14:05:00] Виктор: ../../secret.jpg (file attached)',
  '',
].join('\n');
const TREE: Tree = {
  '_chat.txt': CHAT,
  '00000035-PHOTO-2022-03-23-14-01-02.jpg': PHOTO,
  'PTT-20220323-WA0003.opus': VOICE,
  'unrelated-sticker.webp': 'RIFF',
};
const settings = { format: 'auto' as const, zone: 'Europe/Minsk', dateOrder: 'dmy' as const };

describe('WhatsApp media attached to their messages', () => {
  const dir = tempFolder('dossier-wa-media-');

  async function importAndCheck(source: { path: string }): Promise<string> {
    const { service, path } = await newVault(dir, `v-${Math.random().toString(16).slice(2)}.dossier`);
    const preview = await service['import.preview']({ source, settings, abuserSenders: [], meSenders: [] });
    expect(preview.format).toBe('whatsapp');
    expect(preview.media).toEqual({ attached: 2, missing: ['IMG-20220323-WA0009.jpg'], outside: ['../../secret.jpg'] });
    expect(preview.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['MEDIA_MISSING', 'MEDIA_OUTSIDE']));
    const result = await service['import.commit']({ source, settings, abuserSenders: ['Виктор'], meSenders: ['Анна'] });
    expect(result).toMatchObject({ imported: 6, format: 'whatsapp' });
    const messages = await service['messages.list']({ entryId: result.entryId });
    const attachments = await service['attachments.list']({ entryId: result.entryId });
    const byId = new Map(attachments.map((a) => [a.id, a]));
    const photoMsg = messages.find((m) => m.text.includes('PHOTO'))!;
    const voiceMsg = messages.find((m) => m.text.includes('PTT'))!;
    expect(photoMsg.attachmentIds).toHaveLength(1);
    const photo = byId.get(photoMsg.attachmentIds![0]!)!;
    expect(photo).toMatchObject({ fileName: '00000035-PHOTO-2022-03-23-14-01-02.jpg', sha256: sha(PHOTO), mime: 'image/jpeg', size: PHOTO.length });
    expect(photo.exif).toMatchObject({ device: expect.stringContaining('Redmi') });
    expect(byId.get(voiceMsg.attachmentIds![0]!)).toMatchObject({ fileName: 'PTT-20220323-WA0003.opus', sha256: sha(VOICE) });
    // The message whose file is missing, and the one pointing outside, are imported without a file.
    expect(messages.find((m) => m.text.includes('WA0009'))!.attachmentIds).toBeUndefined();
    expect(messages.find((m) => m.text.includes('secret'))!.attachmentIds).toBeUndefined();
    expect(attachments.some((a) => a.fileName === 'secret.jpg' || a.fileName === 'unrelated-sticker.webp')).toBe(false);
    // Every stored byte is what was read.
    const read = await service['attachments.read']({ id: photo.id, offset: 0, length: PHOTO.length });
    expect(sha(Buffer.from(read.base64, 'base64'))).toBe(sha(PHOTO));
    expect((await service['vault.verify']({})).ledger.ok).toBe(true);
    // The same export again: nothing new, and each file is still kept once.
    const again = await service['import.commit']({ source, settings, abuserSenders: ['Виктор'], meSenders: ['Анна'], entryId: result.entryId });
    expect(again).toMatchObject({ imported: 0, duplicates: 6 });
    expect((await service['attachments.list']({ entryId: result.entryId })).filter((a) => a.sha256 === sha(PHOTO))).toHaveLength(1);
    await service['vault.lock']({});
    return path;
  }

  it('from the zip', async () => {
    const zip = join(dir, 'WhatsApp Chat - Виктор.zip');
    writeFileSync(zip, zipTree(TREE));
    await importAndCheck({ path: zip });
  });

  it('from the unpacked folder; the dossier message log names each sent file by its exhibit', async () => {
    const path = await importAndCheck({ path: writeTree(join(dir, 'unpacked'), TREE) });
    const vault = await openVault(path);
    const pdf = join(dir, 'media.pdf');
    await exportDossierFile(vault, { language: 'en' }, pdf);
    await vault.close();
    const text = pdfText(pdf);
    const photo = /\[sent file: 00000035-PHOTO-2022-03-23-14-01-02\.jpg, exhibit ([\w.-]+)\]/.exec(text);
    expect(photo).not.toBeNull();
    expect(text).toMatch(/\[sent file: PTT-20220323-WA0003\.opus, exhibit [\w.-]+\]/);
    // The exhibit it names is the photo's own, listed in the evidence index with its SHA-256.
    expect(text).toContain(`Exhibit ${photo![1]} 00000035-PHOTO-2022-03-23-14-01-02.jpg`);
    expect(text.replace(/\s+/g, '')).toContain(sha(PHOTO));
  });
});
