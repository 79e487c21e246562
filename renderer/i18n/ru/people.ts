import type { Messages } from '../types';

export const people: Messages['people'] = {
  title: 'Люди',
  lead: 'Лицо, совершившее насилие, свидетели и помощники. Свяжите их с записями, чтобы в досье было видно, кто участвовал.',
  add: 'Добавить человека',
  addTitle: 'Новый человек',
  editTitle: 'Изменить: {name}',
  edit: 'Изменить',
  editNamed: 'Изменить: {name}',
  name: 'Имя',
  nameHint: 'Так, как вы назвали бы его юристу.',
  role: 'Кто это',
  relation: 'Кем приходится вам',
  relationHint: 'Например: бывший муж, соседка, сестра.',
  contact: 'Как связаться',
  contactHint: 'Телефон, адрес или e-mail, если знаете. Их можно убрать из досье.',
  notes: 'Заметки',
  needName: 'Введите имя.',
  save: 'Сохранить',
  saved: '{name}: сохранено.',
  empty: 'Пока никого нет.',
};
