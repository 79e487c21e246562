// Ukrainian for the import screen: only what the newer exports added; the rest falls back to
// English (../index.ts).
import type { Messages } from '../types';

export const importing: Partial<Messages['import']> = {
  'format_telegram-html': 'Telegram Desktop (сторінки HTML)',
  format_vk: 'Архів даних ВКонтакте',
  format_instagram: 'Instagram або Facebook (JSON)',
  format_signal: 'Signal (signal-export, chat.md)',
  folder: 'Або тека експорту',
  folderHint: 'Розпакований експорт: Telegram Desktop (messages.html та інші сторінки), архів ВКонтакте, Instagram або Facebook, Signal, WhatsApp з медіафайлами.',
  chooseFolder: 'Вибрати теку…',
  pagesMissing: 'Деяких сторінок цього листування немає в експорті; решту буде завантажено. Бракує сторінок: {names}',
  mediaAttached: {
    one: '{count} файл буде прикріплено до повідомлення, з яким він надійшов.',
    few: '{count} файли буде прикріплено до повідомлень, з якими вони надійшли.',
    many: '{count} файлів буде прикріплено до повідомлень, з якими вони надійшли.',
    other: '{count} файлу буде прикріплено до повідомлень, з якими вони надійшли.',
  },
  mediaMissing: 'Файли, названі в повідомленнях, яких немає в експорті (ці повідомлення завантажаться без них): {names}',
  mediaOutside: 'Імена файлів, що ведуть за межі теки експорту, пропущено: {names}',
};
