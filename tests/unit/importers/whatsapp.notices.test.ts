// Issue 9, item 2: no message from a real sender is dropped as "system". iOS writes media,
// locations, contact cards, deletions and calls with a U+200E mark, like its own notices; in a
// one-to-one chat the chat's name is a real person, so only the app's notices (encryption,
// security code, number and group changes) may be skipped. Russian, Belarusian, Ukrainian, English.
import { describe, expect, it } from 'vitest';
import { previewOf } from '../../../main/importers/prepare';
import { parseWhatsAppText } from '../../../main/importers/whatsapp';

const LRM = '\u200E';

/** An iOS one-to-one export in which "Виктор" is both the chat name and the other person. */
function iosChat(lines: readonly string[]): string {
  return lines.map((body, i) => `${i > 0 ? LRM : ''}[05.03.2024, 18:${String(30 + i).padStart(2, '0')}:00] Виктор: ${body}`).join('\n') + '\n[05.03.2024, 19:00:00] Анна: Не пиши мне\n';
}

const preview = (text: string) => previewOf(parseWhatsAppText(text, { zone: 'Europe/Minsk', dateOrder: 'dmy' }), 'Europe/Minsk');

const CASES = {
  ru: {
    notices: [`${LRM}Сообщения и звонки защищены сквозным шифрованием. Никто вне этого чата не может их прочитать.`, `${LRM}Ваш код безопасности для Виктор изменился. Нажмите, чтобы узнать больше.`, `${LRM}Виктор сменил номер на новый.`],
    media: [`${LRM}изображение отсутствует`, `${LRM}аудиофайл отсутствует`, `${LRM}видео отсутствует`],
    location: `${LRM}Местоположение: https://maps.google.com/?q=53.9,27.56`,
    contact: `${LRM}Карточка контакта отсутствует`,
    deleted: `${LRM}Это сообщение удалено.`,
    call: `${LRM}Пропущенный аудиозвонок`,
  },
  be: {
    notices: [`${LRM}Паведамленні і званкі абаронены скразным шыфраваннем.`, `${LRM}Ваш код бяспекі з Віктар змяніўся.`, `${LRM}Віктар змяніў нумар.`],
    media: [`${LRM}выява адсутнічае`, `${LRM}аўдыяфайл адсутнічае`, `${LRM}відэа адсутнічае`],
    location: `${LRM}Месцазнаходжанне: https://maps.google.com/?q=53.9,27.56`,
    contact: `${LRM}Картка кантакту адсутнічае`,
    deleted: `${LRM}Гэта паведамленне выдалена`,
    call: `${LRM}Прапушчаны аўдыязванок`,
  },
  uk: {
    notices: [`${LRM}Повідомлення та дзвінки захищені наскрізним шифруванням.`, `${LRM}Ваш код безпеки з Віктор змінився.`, `${LRM}Віктор змінив номер.`],
    media: [`${LRM}зображення пропущено`, `${LRM}аудіофайл пропущено`, `${LRM}відео пропущено`],
    location: `${LRM}Місцезнаходження: https://maps.google.com/?q=53.9,27.56`,
    contact: `${LRM}Картка контакту пропущена`,
    deleted: `${LRM}Це повідомлення видалено`,
    call: `${LRM}Пропущений аудіодзвінок`,
  },
  en: {
    notices: [`${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat can read them.`, `${LRM}Your security code with Виктор changed. Tap to learn more.`, `${LRM}Виктор changed their phone number to a new number.`],
    media: [`${LRM}image omitted`, `${LRM}audio omitted`, `${LRM}video omitted`],
    location: `${LRM}Location: https://maps.google.com/?q=53.9,27.56`,
    contact: `${LRM}Contact card omitted`,
    deleted: `${LRM}This message was deleted.`,
    call: `${LRM}Missed voice call`,
  },
} as const;

describe('WhatsApp iOS: lines from a real sender are messages, only the app notices are skipped', () => {
  for (const [language, c] of Object.entries(CASES)) {
    it(`in ${language}: media, location, contact card, deletion, call and an unknown marked phrase are kept`, () => {
      const unknown = `${LRM}фраза, которую мы не знаем`;
      const result = preview(iosChat([c.notices[0], 'Ты где?', ...c.media, c.location, c.contact, c.deleted, c.call, c.notices[1], c.notices[2], unknown]));
      expect(result.system).toBe(3);
      expect(result.senders).toEqual([{ name: 'Виктор', count: 9 }, { name: 'Анна', count: 1 }]);
      expect(result.kinds).toEqual({ text: 3, media: 3, location: 1, contactCard: 1, deleted: 1, calls: 1 });
      expect(result.skipped.map((s) => s.reason).sort()).toEqual(['encryption notice', 'phone number change', 'security code change']);
    });
  }

  it('a group: every marked line of the group itself is skipped, with its reason, and members keep theirs', () => {
    const text = [
      `[05.03.2024, 18:00:00] Семья: ${LRM}Сообщения и звонки защищены сквозным шифрованием.`,
      `${LRM}[05.03.2024, 18:00:01] Семья: ${LRM}Виктор добавил(а) Анну`,
      `${LRM}[05.03.2024, 18:00:02] Семья: ${LRM}Виктор изменил(а) фото группы`,
      `${LRM}[05.03.2024, 18:01:00] Виктор: ${LRM}изображение отсутствует`,
      `[05.03.2024, 18:02:00] Анна: Привет`,
    ].join('\n');
    const result = preview(text);
    expect(result.system).toBe(3);
    expect(result.senders.map((s) => s.name).sort()).toEqual(['Анна', 'Виктор']);
    expect(result.kinds.media).toBe(1);
    expect(result.skipped.reduce((n, s) => n + s.count, 0)).toBe(3);
  });

  it('calls in Belarusian and Ukrainian keep their duration', () => {
    const result = parseWhatsAppText(iosChat([`${LRM}Messages and calls are end-to-end encrypted.`, 'Алло', `${LRM}Аўдыязванок, 3 хв`, `${LRM}Відеодзвінок, 1 год 5 хв`]), { zone: 'UTC', dateOrder: 'dmy' });
    const calls = result.messages.filter((m) => m.isCall);
    expect(calls.map((m) => m.callSeconds)).toEqual([180, 3900]);
  });
});
