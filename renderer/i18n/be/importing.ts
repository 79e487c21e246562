// Belarusian for the import screen: only what the newer exports added; the rest falls back to
// Russian (../index.ts).
import type { Messages } from '../types';

export const importing: Partial<Messages['import']> = {
  'format_telegram-html': 'Telegram Desktop (старонкі HTML)',
  format_vk: 'Архіў даных УКантакце',
  format_instagram: 'Instagram ці Facebook (JSON)',
  format_signal: 'Signal (signal-export, chat.md)',
  folder: 'Ці тэчка выгрузкі',
  folderHint: 'Распакаваная выгрузка: Telegram Desktop (messages.html і іншыя старонкі), архіў УКантакце, Instagram ці Facebook, Signal, WhatsApp з медыяфайламі.',
  chooseFolder: 'Выбраць тэчку…',
  pagesMissing: 'Некаторых старонак гэтай перапіскі няма ў выгрузцы; астатнія будуць загружаныя. Няма старонак: {names}',
  mediaAttached: {
    one: '{count} файл будзе прымацаваны да паведамлення, з якім ён прыйшоў.',
    few: '{count} файлы будуць прымацаваныя да паведамленняў, з якімі яны прыйшлі.',
    many: '{count} файлаў будуць прымацаваныя да паведамленняў, з якімі яны прыйшлі.',
    other: '{count} файла будуць прымацаваныя да паведамленняў, з якімі яны прыйшлі.',
  },
  mediaMissing: 'Файлы, названыя ў паведамленнях, якіх няма ў выгрузцы (гэтыя паведамленні загрузяцца без іх): {names}',
  mediaOutside: 'Імёны файлаў, якія вядуць за межы тэчкі выгрузкі, прапушчаныя: {names}',
};
