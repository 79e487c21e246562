import type { Messages } from '../types';

export const people: Messages['people'] = {
  title: 'Людзі',
  lead: 'Асоба, якая ўчыніла гвалт, сведкі і памочнікі. Звяжыце іх з запісамі, каб у дасье было відаць, хто ўдзельнічаў.',
  add: 'Дадаць чалавека',
  addTitle: 'Новы чалавек',
  editTitle: 'Змяніць: {name}',
  edit: 'Змяніць',
  editNamed: 'Змяніць: {name}',
  name: 'Імя',
  nameHint: 'Так, як вы назвалі б яго юрысту.',
  role: 'Хто гэта',
  relation: 'Кім даводзіцца вам',
  relationHint: 'Напрыклад: былы муж, суседка, сястра.',
  contact: 'Як звязацца',
  contactHint: 'Тэлефон, адрас або e-mail, калі ведаеце. Іх можна прыбраць з дасье.',
  notes: 'Нататкі',
  needName: 'Увядзіце імя.',
  save: 'Захаваць',
  saved: '{name}: захавана.',
  empty: 'Пакуль нікога няма.',
};
