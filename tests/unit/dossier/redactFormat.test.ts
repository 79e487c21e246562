// Redaction replaces values in the data itself; formats follow the language and the event's zone.
import { describe, expect, it } from 'vitest';
import { Format } from '../../../main/dossier/format';
import { STRINGS } from '../../../main/dossier/i18n';
import { Redactor } from '../../../main/dossier/redact';
import { stripJpegMetadata } from '../../../main/dossier/render/images';
import type { Person } from '../../../shared/domain';
import { DossierOptions } from '../../../shared/dossierOptions';
import { jpegWithOrientation, testJpeg } from '../../integration/dossierFixture';

const person = (id: string, role: Person['role'], name: string, contact?: string): Person => ({ id, role, name, ...(contact ? { contact } : {}), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' });
const people = [person('aaaaaaaa-1', 'survivor', 'Анна', 'ул. Ленина 5, кв. 12\n+375 29 111-22-33'), person('aaaaaaaa-2', 'witness', 'Ольга', '+375 29 123-45-67'), person('aaaaaaaa-3', 'helper', 'Марина Соцработникова')];

describe('redaction', () => {
  it('removes contacts and listed strings wherever they appear, and renames helpers', () => {
    const r = new Redactor({ survivorContacts: true, witnessContacts: true, helperNames: true, photoLocations: true, strings: ['приют «надежда»'], personIds: [] }, people, STRINGS.ru);
    const entry = { id: 'aaaaaaaa-9', sha256: 'ab'.repeat(32), place: 'Дом, ул. Ленина 5, кв. 12', text: 'Позвонила Ольге на +375 29 123-45-67, потом Марина Соцработникова отвезла меня в Приют «Надежда».', exif: { latitude: 53.9, longitude: 27.5, device: 'Xiaomi' } };
    const out = r.value(entry);
    expect(out.place).toBe('Дом, [удалено]');
    expect(out.text).toBe('Позвонила Ольге на [удалено], потом Помощник 1 отвезла меня в [удалено].');
    expect(out.exif).toEqual({ device: 'Xiaomi' });
    expect(out.sha256).toBe(entry.sha256);
    expect(r.people.get('aaaaaaaa-1')?.contact).toBeUndefined();
    expect(r.people.get('aaaaaaaa-3')?.name).toBe('Помощник 1');
    expect(r.people.get('aaaaaaaa-2')?.name).toBe('Ольга');
  });

  it('does nothing when nothing is asked', () => {
    const r = new Redactor(DossierOptions.parse({}).redact, people, STRINGS.en);
    expect(r.active).toBe(false);
    expect(r.text('ул. Ленина 5, кв. 12')).toBe('ул. Ленина 5, кв. 12');
  });

  it('strips EXIF from JPEGs before they are embedded, leaving a valid image', () => {
    const original = jpegWithOrientation(6);
    const stripped = stripJpegMetadata(original)!;
    expect(original.includes(Buffer.from('Xiaomi'))).toBe(true);
    expect(stripped.includes(Buffer.from('Xiaomi'))).toBe(false);
    expect(stripped.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(stripped.length).toBe(testJpeg().length);
  });

  it('fails closed: a JPEG it cannot walk to its image data gives nothing, never the original', () => {
    const original = jpegWithOrientation(6);
    // A segment length pointing past the end, and a file cut before its image data.
    const broken = Buffer.from(original);
    broken.writeUInt16BE(0xfff0, 4);
    expect(stripJpegMetadata(broken)).toBeNull();
    expect(stripJpegMetadata(original.subarray(0, 40))).toBeNull();
    expect(stripJpegMetadata(Buffer.from('not a jpeg'))).toBeNull();
  });
});

describe('formats', () => {
  it('writes dd.mm.yyyy (en: 5 March 2024) and names the zone, as a place with its offset, only where it is not the dossier\'s own', () => {
    const at = { at: '2024-03-05T15:30:00.000Z', zone: 'Europe/Minsk', precision: 'exact' as const };
    expect(new Format('ru', 'Europe/Minsk').occurred(at)).toBe('05.03.2024 18:30');
    expect(new Format('en', 'Europe/Minsk').occurred(at)).toBe('5 March 2024, 18:30');
    expect(new Format('en').occurred(at)).toBe('5 March 2024, 18:30 (Minsk, UTC+03:00)');
    expect(new Format('uk', 'Europe/Minsk').occurred({ ...at, precision: 'approximate' })).toBe('приблизно 05.03.2024 18:30');
    expect(new Format('ru', 'Europe/Minsk').occurred({ ...at, zone: 'America/New_York' })).toBe('05.03.2024 10:30 (Нью-Йорк, UTC-05:00)');
    // A zone in no listed place keeps its id: nothing is guessed.
    expect(new Format('ru', 'Europe/Minsk').occurred({ ...at, zone: 'America/Bogota' })).toBe('05.03.2024 10:30 (America/Bogota, UTC-05:00)');
    expect(new Format('be', 'Europe/Minsk').occurred({ ...at, precision: 'date' })).toBe('05.03.2024 (толькі дата)');
    expect(new Format('ru', 'Europe/Minsk').occurred({ ...at, end: '2024-03-06T08:00:00.000Z' })).toBe('05.03.2024 18:30 – 06.03.2024 11:00');
    expect(new Format('ru').calendarDay('2024-01-15')).toBe('15.01.2024');
    expect(new Format('en').calendarDay('2024-01-15')).toBe('15 January 2024');
    expect(new Format('ru').month('2024-03')).toBe('03.2024');
    expect(new Format('ru').dayLabel('2024-03-05')).toBe('05.03');
    // A camera's clock, as the file states it (with or without its offset).
    expect(new Format('ru').fileClock('2024-03-05T18:31:07+03:00')).toBe('05.03.2024 18:31:07 UTC+03:00');
    expect(new Format('ru').fileClock('2024-03-05T18:31:07')).toBe('05.03.2024 18:31:07 (пояс не записан в файле)');
    // The zone stated once, with each offset it had over the events (daylight saving).
    expect(new Format('uk', 'Europe/Kyiv').homeZoneText(['2024-01-10T10:00:00Z', '2024-07-10T10:00:00Z'])).toBe('Київ (UTC+02:00 / UTC+03:00)');
    expect(new Format('ru', 'Europe/Minsk').homeZoneText(['2024-03-05T15:30:00.000Z'])).toBe('Минск (UTC+03:00)');
    expect(new Format('be', 'Asia/Yekaterinburg').homeZoneText(['2024-03-05T15:30:00.000Z'])).toBe('Екацярынбург (UTC+05:00)');
    // When the dossier was made: the zone always named, even the dossier's own.
    expect(new Format('en', 'Europe/Minsk').dateTimeWithZone('2024-03-05T15:30:00.000Z', 'Europe/Minsk')).toBe('5 March 2024, 18:30 (Minsk, UTC+03:00)');
  });

  it('formats money exactly with the ISO code, and plurals per language', () => {
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(new Format('ru').money('1700.75', 'BYN'))).toBe('1 700,75 BYN');
    expect(plain(new Format('en').money('12345678901234.5678', 'USD'))).toBe('USD 12,345,678,901,234.5678');
    const ru = new Format('ru');
    // One formatter per currency, kept (issue 9, bench): each amount still gets its own code.
    expect(['USD', 'BYN', 'USD', 'EUR'].map((c, i) => plain(ru.money(`${i}.5`, c)))).toEqual(['0,50 USD', '1,50 BYN', '2,50 USD', '3,50 EUR']);
    expect([ru.decimal('1.25'), plain(ru.decimal('1234.5')), ru.bytes(1536), ru.bytes(1024 ** 2 * 3)].join(' | ')).toMatch(/^1,25 \| 1 234,5 \| 1,5 \S+ \| 3 \S+$/);
    expect([1, 3, 5, 21].map((n) => plain(ru.count(n, ru.s.units.messages)))).toEqual(['1 сообщение', '3 сообщения', '5 сообщений', '21 сообщение']);
    const be = new Format('be');
    expect(be.count(2, be.s.units.files)).toBe('2 файлы');
  });
});
