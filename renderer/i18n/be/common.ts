import type { Messages } from '../types';
import { be as words } from '../../../shared/words/be';
import { commonWords } from '../words';

export const common: Messages['common'] = {
  appName: 'Дасье',
  disguiseName: 'Нататкі',
  quickExit: 'Хуткі выхад',
  quickExitHint: 'Адразу блакуе і хавае ўсё. Хуткая клавіша: двойчы націсніце Shift+Esc.',
  lock: 'Заблакаваць',
  language: 'Мова',
  languageNotLoaded: 'Не ўдалося загрузіць гэтую мову. Нічога не змянілася: усё застаецца на гэтай мове.',
  navLabel: 'Галоўныя раздзелы',
  navTimeline: 'Храналогія',
  navPeople: 'Людзі',
  navImport: 'Імпарт паведамленняў',
  navExport: 'Сабраць дасье',
  navSettings: 'Налады',
  navHelp: 'Дапамога',
  skipToContent: 'Перайсці да галоўнага',
  choose: 'Выбраць…',
  cancel: 'Адмена',
  saving: 'Захоўваем…',
  yes: 'Так',
  no: 'Не',
  approximately: 'прыкладна {when}',
  // Kinds of entry and people's roles: the dossier's words too (shared/words).
  ...commonWords(words),
  noFileChosen: 'Файл яшчэ не выбраны.',
};
