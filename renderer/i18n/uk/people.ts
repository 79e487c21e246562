import type { Messages } from '../types';

export const people: Messages['people'] = {
  title: 'Люди',
  lead: 'Особа, яка вчинила насильство, свідки й помічники. Пов’яжіть їх із записами, щоб у досьє було видно, хто був причетний.',
  add: 'Додати людину',
  addTitle: 'Нова людина',
  editTitle: 'Змінити: {name}',
  edit: 'Змінити',
  editNamed: 'Змінити: {name}',
  name: 'Ім’я',
  nameHint: 'Так, як ви назвали б його юристу.',
  role: 'Хто це',
  relation: 'Ким доводиться вам',
  relationHint: 'Наприклад: колишній чоловік, сусідка, сестра.',
  contact: 'Як зв’язатися',
  contactHint: 'Телефон, адреса або e-mail, якщо знаєте. Їх можна прибрати з досьє.',
  notes: 'Нотатки',
  needName: 'Введіть ім’я.',
  save: 'Зберегти',
  saved: '{name}: збережено.',
  empty: 'Поки нікого немає.',
};
