// Belarusian for the import screen: only what the newer exports added; the rest falls back to
// Russian (../index.ts).
import type { Messages } from '../types';

export const importing: Partial<Messages['import']> = {
  'format_telegram-html': 'Telegram Desktop (старонкі HTML)',
  format_vk: 'Архіў даных УКантакце',
  format_instagram: 'Instagram ці Facebook (JSON)',
  format_signal: 'Signal (signal-export, chat.md)',
};
