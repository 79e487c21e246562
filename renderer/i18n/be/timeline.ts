import type { Messages } from '../types';

const plural = (one: string, few: string, many: string) => ({ one, few, many, other: few });

export const timeline: Messages['timeline'] = {
  title: 'Храналогія',
  newEntry: 'Новы запіс',
  filtersLabel: 'Пошук і адбор',
  filters: 'Фільтры',
  chooseEntry: 'Выберыце запіс злева — ён адкрыецца тут.',
  search: 'Знайсці словы',
  searchHint: 'Шукае ва ўсім, што вы напісалі, і ва ўсіх імпартаваных паведамленнях.',
  kind: 'Від',
  allKinds: 'Усе віды',
  person: 'Чалавек',
  everyone: 'Усе',
  from: 'З',
  to: 'Па',
  showArchived: 'Паказваць і запісы з архіва',
  clearFilters: 'Паказаць усё',
  counting: 'Лічым…',
  total: plural('{count} запіс', '{count} запісы', '{count} запісаў'),
  count_incident: plural('{count} здарэнне', '{count} здарэнні', '{count} здарэнняў'),
  count_stalking: plural('{count} запіс пра пераслед', '{count} запісы пра пераслед', '{count} запісаў пра пераслед'),
  count_economic: plural('{count} запіс пра эканамічны гвалт', '{count} запісы пра эканамічны гвалт', '{count} запісаў пра эканамічны гвалт'),
  losses: 'Страчана грошай: {amounts}',
  files: plural('{count} файл', '{count} файлы', '{count} файлаў'),
  messages: plural('{count} паведамленне', '{count} паведамленні', '{count} паведамленняў'),
  listLabel: 'Запісы, спачатку новыя',
  empty: 'Пакуль нічога не запісана. Націсніце «Новы запіс», каб запісаць, што здарылася. Патрэбныя толькі дата і некалькі слоў.',
  nothingFound: 'Нічога не знайшлося. Паспрабуйце іншыя словы або пакажыце ўсё.',
};
