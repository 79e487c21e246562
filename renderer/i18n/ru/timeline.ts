import type { Messages } from '../types';

const plural = (one: string, few: string, many: string) => ({ one, few, many, other: few });

export const timeline: Messages['timeline'] = {
  title: 'Хронология',
  newEntry: 'Новая запись',
  filtersLabel: 'Поиск и отбор',
  filters: 'Фильтры',
  chooseEntry: 'Выберите запись слева — она откроется здесь.',
  search: 'Найти слова',
  searchHint: 'Ищет во всём, что вы написали, и во всех импортированных сообщениях.',
  kind: 'Вид',
  allKinds: 'Все виды',
  person: 'Человек',
  everyone: 'Все',
  from: 'С',
  to: 'По',
  showArchived: 'Показывать и записи из архива',
  clearFilters: 'Показать всё',
  counting: 'Считаем…',
  total: plural('{count} запись', '{count} записи', '{count} записей'),
  count_incident: plural('{count} происшествие', '{count} происшествия', '{count} происшествий'),
  count_stalking: plural('{count} запись о преследовании', '{count} записи о преследовании', '{count} записей о преследовании'),
  count_economic: plural('{count} запись об экономическом насилии', '{count} записи об экономическом насилии', '{count} записей об экономическом насилии'),
  losses: 'Потеряно денег: {amounts}',
  files: plural('{count} файл', '{count} файла', '{count} файлов'),
  messages: plural('{count} сообщение', '{count} сообщения', '{count} сообщений'),
  listLabel: 'Записи, сначала новые',
  empty: 'Пока ничего не записано. Нажмите «Новая запись», чтобы записать, что случилось. Нужны только дата и несколько слов.',
  nothingFound: 'Ничего не нашлось. Попробуйте другие слова или покажите всё.',
};
