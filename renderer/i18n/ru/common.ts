import type { Messages } from '../types';
import { ru as words } from '../../../shared/words/ru';
import { commonWords } from '../words';

export const common: Messages['common'] = {
  appName: 'Досье',
  disguiseName: 'Заметки',
  quickExit: 'Быстрый выход',
  quickExitHint: 'Сразу блокирует и прячет всё. Быстрая клавиша: дважды нажмите Shift+Esc.',
  lock: 'Заблокировать',
  language: 'Язык',
  languageNotLoaded: 'Не удалось загрузить этот язык. Ничего не изменилось: всё остаётся на этом языке.',
  navLabel: 'Главные разделы',
  navTimeline: 'Хронология',
  navPeople: 'Люди',
  navImport: 'Импорт сообщений',
  navExport: 'Собрать досье',
  navSettings: 'Настройки',
  navHelp: 'Помощь',
  skipToContent: 'Перейти к главному',
  choose: 'Выбрать…',
  cancel: 'Отмена',
  saving: 'Сохраняем…',
  yes: 'Да',
  no: 'Нет',
  approximately: 'примерно {when}',
  // Kinds of entry and people's roles: the dossier's words too (shared/words).
  ...commonWords(words),
  noFileChosen: 'Файл ещё не выбран.',
};
