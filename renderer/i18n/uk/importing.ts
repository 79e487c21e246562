// Ukrainian for the import screen: only what the newer exports added; the rest falls back to
// English (../index.ts).
import type { Messages } from '../types';

export const importing: Partial<Messages['import']> = {
  'format_telegram-html': 'Telegram Desktop (сторінки HTML)',
  format_vk: 'Архів даних ВКонтакте',
  format_instagram: 'Instagram або Facebook (JSON)',
  format_signal: 'Signal (signal-export, chat.md)',
};
