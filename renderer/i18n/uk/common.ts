import type { Messages } from '../types';
import { uk as words } from '../../../shared/words/uk';
import { commonWords } from '../words';

export const common: Messages['common'] = {
  appName: 'Досьє',
  disguiseName: 'Нотатки',
  quickExit: 'Швидкий вихід',
  quickExitHint: 'Одразу блокує й ховає все. Швидка клавіша: двічі натисніть Shift+Esc.',
  lock: 'Заблокувати',
  language: 'Мова',
  languageNotLoaded: 'Не вдалося завантажити цю мову. Нічого не змінилося: усе лишається цією мовою.',
  navLabel: 'Головні розділи',
  navTimeline: 'Хронологія',
  navPeople: 'Люди',
  navImport: 'Імпорт повідомлень',
  navExport: 'Скласти досьє',
  navSettings: 'Налаштування',
  navHelp: 'Допомога',
  skipToContent: 'Перейти до головного',
  choose: 'Вибрати…',
  cancel: 'Скасувати',
  saving: 'Зберігаємо…',
  yes: 'Так',
  no: 'Ні',
  approximately: 'приблизно {when}',
  // Kinds of entry and people's roles: the dossier's words too (shared/words).
  ...commonWords(words),
  noFileChosen: 'Файл ще не вибрано.',
};
