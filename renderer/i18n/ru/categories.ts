import type { Messages } from '../types';

export const cat_incident: Messages['cat_incident'] = {
  physical: 'Физическое насилие',
  psychological: 'Психологическое насилие (оскорбления, унижения, контроль)',
  sexual: 'Сексуальное насилие',
  threats: 'Угрозы',
  property_damage: 'Порча вещей',
};

export const cat_stalking: Messages['cat_stalking'] = {
  messages: 'Сообщения',
  calls: 'Звонки',
  following: 'Ходит за мной',
  showing_up_at_home_or_work: 'Приходит домой или на работу',
  contacting_relatives_or_friends: 'Связывается с моими родными или друзьями',
  seeking_new_contacts: 'Ищет новые способы со мной связаться',
  blackmail_with_intimate_images: 'Шантаж интимными фото или видео',
  spreading_information: 'Распространяет сведения обо мне',
  threats: 'Угрозы',
  tracking: 'Следит, где я нахожусь',
};

export const cat_economic: Messages['cat_economic'] = {
  prohibition_to_study_or_work: 'Запрещает учиться или работать',
  deprivation_of_financial_support: 'Лишает материальной поддержки',
  total_control_of_income: 'Полностью контролирует мои доходы',
  concealment_of_income: 'Скрывает свои доходы',
  control_of_expenditures: 'Контролирует каждую трату',
  coercion_to_support_the_abuser: 'Заставляет содержать его',
  refusal_to_support_children: 'Отказывается содержать детей',
  coercion_to_beg: 'Заставляет выпрашивать деньги',
  unequal_spending: 'Тратит деньги неравно',
  coercion_to_retire: 'Заставляет уволиться или уйти на пенсию',
  deprivation_of_funds: 'Отнимает деньги',
  financial_blackmail: 'Финансовый шантаж',
  forging_signatures: 'Подделывает подписи',
  misuse_or_theft_of_money_and_property: 'Присваивает или крадёт деньги и имущество',
};
