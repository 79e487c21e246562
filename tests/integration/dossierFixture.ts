// A realistic vault for the dossier tests: people, incidents (one edited twice), a stalking log
// with bursts and calls, economic abuse in two currencies, a rotated photo with GPS, a screenshot
// (PNG) and a document. Real JPEG/PNG bytes, made here, so the expected values are known.
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { join } from 'node:path';
import { createService, type Service } from '../../main/service';
import { Vault } from '../../main/vault/vault';
import type { EntryDraftInput } from '../../shared/domain';
import { dossierMethods } from '../../shared/dossierContract';
import type { DossierOptionsInput } from '../../shared/dossierOptions';
import { dossierHandlers } from '../../main/dossier/handlers';
import { jpegWithExif } from '../fixtures/exifJpeg';

// Not from ./helpers: that module needs vitest, and the benchmark (plain tsx) uses this file too.
export const PASSPHRASE = 'correct horse battery staple';

export async function newVault(dir: string, name: string): Promise<{ service: Service; path: string }> {
  const service = createService();
  const path = join(dir, name);
  await service['vault.create']({ path, passphrase: PASSPHRASE });
  return { service, path };
}

/** A landscape test picture (wider than tall) with a dark block in the top-left corner, so a
 *  rendering shows which way it was turned. */
export function testJpeg(width = 320, height = 200, quality = 85, noise = 0): Buffer {
  const data = Buffer.alloc(width * height * 4);
  let seed = 7;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const jitter = noise ? (seed % noise) - noise / 2 : 0;
      const corner = x < width / 4 && y < height / 3;
      data[i] = corner ? 30 : Math.max(0, Math.min(255, 120 + (x * 100) / width + jitter));
      data[i + 1] = corner ? 30 : Math.max(0, Math.min(255, 160 + jitter));
      data[i + 2] = corner ? 60 : Math.max(0, Math.min(255, 200 - (y * 80) / height + jitter));
      data[i + 3] = 255;
    }
  }
  return jpeg.encode({ width, height, data }, quality).data;
}

/** The JPEG with an EXIF APP1 segment (orientation, GPS, capture time, device) after SOI. */
export function jpegWithOrientation(orientation: number): Buffer {
  const exif = jpegWithExif({ capturedAt: '2024:03:05 18:31:07', offset: '+03:00', latitude: 53.9045, longitude: 27.5615, make: 'Xiaomi', model: 'Redmi 9', orientation });
  const app1 = exif.subarray(2, exif.length - 2);
  const image = testJpeg();
  return Buffer.concat([image.subarray(0, 2), app1, image.subarray(2)]);
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
  return Buffer.concat([head, body, crc]);
}

/** An RGB PNG "screenshot": grey bars like lines of chat. */
export function testPng(width = 240, height = 160): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3, 245);
    row[0] = 0;
    if (y % 20 > 6 && y % 20 < 14) for (let x = 10; x < width - 40; x += 1) row.fill(y % 40 < 20 ? 180 : 120, 1 + x * 3, 4 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

export const SECRET_ADDRESS = 'ул. Ленина 5, кв. 12';
export const WITNESS_PHONE = '+375 29 123-45-67';
export const HELPER_NAME = 'Марина Соцработникова';
export const FREE_SECRET = 'Приют «Надежда»';

const at = (iso: string) => ({ at: iso, zone: 'Europe/Minsk', precision: 'exact' as const });

export interface Fixture {
  path: string;
  ids: { edited: string; stalking: string; economic: string[]; photoEntry: string };
}

/** Builds the vault through the service (as the app would), then closes it. */
export async function buildFixture(dir: string, name = 'fixture.dossier'): Promise<Fixture> {
  const { service, path } = await newVault(dir, name);
  const person = (draft: { name: string; role: 'perpetrator' | 'witness' | 'helper' | 'survivor'; contact?: string }) => service['people.create']({ draft });
  const abuser = await person({ name: 'Сергей Петров', role: 'perpetrator' });
  const witness = await person({ name: 'Ольга Иванова', role: 'witness', contact: WITNESS_PHONE });
  const helper = await person({ name: HELPER_NAME, role: 'helper' });
  const survivor = await person({ name: 'Анна', role: 'survivor', contact: `г. Минск, ${SECRET_ADDRESS}` });
  const create = (draft: EntryDraftInput) => service['entries.create']({ draft: draft as never });
  const first = await create({
    kind: 'incident', title: 'Толкнул в коридоре', text: `Он пришёл пьяный и толкнул меня о дверь. Соседка Ольга слышала крики. Потом я уехала в ${FREE_SECRET}.`,
    occurredAt: at('2024-01-14T19:20:00Z'), categories: ['physical', 'threats'], place: `Дом, ${SECRET_ADDRESS}`, personIds: [abuser.id, witness.id],
    injuries: 'Синяк на плече', medicalHelp: 'Травмпункт №2, справка', policeReport: { date: '2024-01-15', number: 'КУСП 1234', outcome: 'отказ в возбуждении' }, childrenPresent: true, recordedBy: HELPER_NAME,
  });
  await service['entries.update']({ id: first.id, draft: { ...(first as object), kind: 'incident', text: `${first.text} Второе уточнение.` } as never });
  const edited = await service['entries.update']({ id: first.id, draft: { ...(first as object), kind: 'incident', title: 'Толкнул меня о дверь в коридоре', text: `${first.text} Второе уточнение. Третье.` } as never });
  await create({ kind: 'incident', title: 'Угрожал ножом', text: 'Сказал, что убьёт, если я уйду. Потом прислал: 🔪😡 и знак ꔀ.', occurredAt: at('2024-03-05T15:30:00Z'), categories: ['threats', 'psychological'], personIds: [abuser.id] });
  const photoEntry = await create({ kind: 'incident', title: 'Разбил телефон', text: 'Бросил мой телефон об стену.', occurredAt: { at: '2024-03-05T15:30:00Z', zone: 'Europe/Minsk', precision: 'approximate' }, categories: ['property_damage'], personIds: [abuser.id] });
  const stalking = await create({ kind: 'stalking', title: 'Сообщения после ухода', text: 'Писал день и ночь, звонил.', occurredAt: { at: '2024-02-01T08:00:00Z', zone: 'Europe/Minsk', precision: 'span', end: '2024-02-10T20:00:00Z' }, categories: ['messages', 'calls', 'threats'], personIds: [abuser.id] });
  const economic = [
    await create({ kind: 'economic', title: 'Забрал зарплату', text: 'Забрал всю зарплату с карты.', occurredAt: at('2024-01-31T10:00:00Z'), categories: ['deprivation_of_funds'], amount: { value: '1500.50', currency: 'BYN' }, personIds: [abuser.id] }),
    await create({ kind: 'economic', title: 'Не дал денег на детей', text: '', occurredAt: at('2024-02-20T10:00:00Z'), categories: ['refusal_to_support_children'], amount: { value: '200.25', currency: 'BYN' } }),
    await create({ kind: 'economic', title: 'Продал мой ноутбук', text: 'Продал без спроса.', occurredAt: at('2024-03-01T10:00:00Z'), categories: ['misuse_or_theft_of_money_and_property'], amount: { value: '350', currency: 'USD' } }),
  ];
  await service['attachments.add']({ entryId: photoEntry.id, fileName: 'IMG_2024_0305.jpg', base64: jpegWithOrientation(6).toString('base64') });
  await service['attachments.add']({ entryId: photoEntry.id, fileName: 'screenshot.png', base64: testPng().toString('base64') });
  await service['attachments.add']({ entryId: first.id, fileName: 'справка_травмпункт.pdf', base64: Buffer.from('%PDF-1.4\n% not really a pdf, a stand-in\n').toString('base64') });
  await addMessages(service, stalking.id, abuser.id);
  await service.close();
  void survivor;
  void helper;
  return { path, ids: { edited: edited.id, stalking: stalking.id, economic: economic.map((e) => e.id), photoEntry: photoEntry.id } };
}

/** 300 messages over ten days, with a burst of 120 on 4–5 February and some calls. */
async function addMessages(service: Service, entryId: string, personId: string): Promise<void> {
  const start = Date.parse('2024-02-01T08:00:00Z');
  for (let i = 0; i < 300; i += 1) {
    const burst = i >= 100 && i < 220;
    const t = burst ? Date.parse('2024-02-04T18:00:00Z') + (i - 100) * 9 * 60_000 : start + i * 47 * 60_000;
    const isCall = i % 25 === 0;
    await service['messages.add']({
      entryId,
      message: {
        channel: isCall ? 'call' : 'whatsapp', direction: i % 7 === 0 ? 'outgoing' : 'incoming', sender: i % 7 === 0 ? 'Я' : 'Сергей', personId: i % 7 === 0 ? undefined : personId,
        sentAt: new Date(t).toISOString(), zone: 'Europe/Minsk', text: isCall ? '' : `Сообщение ${i + 1}: ответь мне немедленно, я знаю где ты${i === 4 ? ' ☠️🔪' : ''}`, isCall, ...(isCall ? { callSeconds: 65, callStatus: 'missed' } : {}),
      } as never,
    });
  }
}

export async function openVault(path: string): Promise<Vault> {
  return Vault.open(path, PASSPHRASE, () => new Date('2024-04-01T09:00:00Z'));
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
}

export const outPath = (dir: string, name: string) => join(dir, name);

/** Exports as the service will: the input parsed by the contract schema, then the handler. */
export async function exportDossierFile(vault: Vault, options: DossierOptionsInput, path: string, force = false) {
  const input = dossierMethods['dossier.export'].input.parse({ options, path, force });
  return dossierHandlers(() => vault.db, () => new Date('2024-04-01T09:00:00Z'))['dossier.export'](input);
}

/** pdftotext of the whole file, whitespace folded (lines wrap anywhere in a table cell). */
export function pdfText(path: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', path, '-']).replace(/\s+/g, ' ');
}
