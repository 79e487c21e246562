import type { Messages } from '../types';

export const cat_incident: Messages['cat_incident'] = {
  physical: 'Фізичне насильство',
  psychological: 'Психологічне насильство (образи, приниження, контроль)',
  sexual: 'Сексуальне насильство',
  threats: 'Погрози',
  property_damage: 'Пошкодження речей',
};

export const cat_stalking: Messages['cat_stalking'] = {
  messages: 'Повідомлення',
  calls: 'Дзвінки',
  following: 'Ходить слідом',
  showing_up_at_home_or_work: 'Приходить додому або на роботу',
  contacting_relatives_or_friends: 'Зв’язується з моїми рідними або друзями',
  seeking_new_contacts: 'Шукає нові способи зі мною зв’язатися',
  blackmail_with_intimate_images: 'Шантаж інтимними фото або відео',
  spreading_information: 'Поширює відомості про мене',
  threats: 'Погрози',
  tracking: 'Стежить, де я перебуваю',
};

export const cat_economic: Messages['cat_economic'] = {
  prohibition_to_study_or_work: 'Забороняє вчитися або працювати',
  deprivation_of_financial_support: 'Позбавляє матеріальної підтримки',
  total_control_of_income: 'Повністю контролює мої доходи',
  concealment_of_income: 'Приховує свої доходи',
  control_of_expenditures: 'Контролює кожну витрату',
  coercion_to_support_the_abuser: 'Змушує утримувати його',
  refusal_to_support_children: 'Відмовляється утримувати дітей',
  coercion_to_beg: 'Змушує випрошувати гроші',
  unequal_spending: 'Витрачає гроші нерівно',
  coercion_to_retire: 'Змушує звільнитися або піти на пенсію',
  deprivation_of_funds: 'Відбирає гроші',
  financial_blackmail: 'Фінансовий шантаж',
  forging_signatures: 'Підробляє підписи',
  misuse_or_theft_of_money_and_property: 'Привласнює або краде гроші й майно',
};
