// The words both the app and the dossier print, one source per language (see types.ts). The UI
// catalogues (renderer/i18n) and the dossier's (main/dossier/i18n) take them from here.
import { be } from './be';
import { en } from './en';
import { ru } from './ru';
import { CHANNEL_NAMES, type Words } from './types';
import { uk } from './uk';

export type { Words } from './types';
export { CHANNEL_NAMES };

export { DEFAULT_RECORDER, inSentence, listOf } from './phrases';

export const WORDS: Readonly<Record<'ru' | 'en' | 'be' | 'uk', Words>> = { ru, en, be, uk };
