import type { Messages } from '../types';

const plural = (one: string, few: string, many: string) => ({ one, few, many, other: few });

export const timeline: Messages['timeline'] = {
  title: 'Хронологія',
  newEntry: 'Новий запис',
  filtersLabel: 'Пошук і відбір',
  filters: 'Фільтри',
  chooseEntry: 'Виберіть запис ліворуч — він відкриється тут.',
  search: 'Знайти слова',
  searchHint: 'Шукає в усьому, що ви написали, і в усіх імпортованих повідомленнях.',
  kind: 'Вид',
  allKinds: 'Усі види',
  person: 'Людина',
  everyone: 'Усі',
  from: 'З',
  to: 'По',
  showArchived: 'Показувати й записи з архіву',
  clearFilters: 'Показати все',
  counting: 'Рахуємо…',
  total: plural('{count} запис', '{count} записи', '{count} записів'),
  count_incident: plural('{count} подія', '{count} події', '{count} подій'),
  count_stalking: plural('{count} запис про переслідування', '{count} записи про переслідування', '{count} записів про переслідування'),
  count_economic: plural('{count} запис про економічне насильство', '{count} записи про економічне насильство', '{count} записів про економічне насильство'),
  losses: 'Втрачено грошей: {amounts}',
  files: plural('{count} файл', '{count} файли', '{count} файлів'),
  messages: plural('{count} повідомлення', '{count} повідомлення', '{count} повідомлень'),
  listLabel: 'Записи, спершу нові',
  empty: 'Поки нічого не записано. Натисніть «Новий запис», щоб записати, що сталося. Потрібні лише дата й кілька слів.',
  nothingFound: 'Нічого не знайдено. Спробуйте інші слова або покажіть усе.',
};
