import type { Messages } from '../types';

export const cat_incident: Messages['cat_incident'] = {
  physical: 'Фізічны гвалт',
  psychological: 'Псіхалагічны гвалт (абразы, прыніжэнні, кантроль)',
  sexual: 'Сэксуальны гвалт',
  threats: 'Пагрозы',
  property_damage: 'Псаванне рэчаў',
};

export const cat_stalking: Messages['cat_stalking'] = {
  messages: 'Паведамленні',
  calls: 'Званкі',
  following: 'Ходзіць следам',
  showing_up_at_home_or_work: 'Прыходзіць дадому або на працу',
  contacting_relatives_or_friends: 'Звязваецца з маімі роднымі або сябрамі',
  seeking_new_contacts: 'Шукае новыя спосабы звязацца са мной',
  blackmail_with_intimate_images: 'Шантаж інтымнымі фота або відэа',
  spreading_information: 'Распаўсюджвае звесткі пра мяне',
  threats: 'Пагрозы',
  tracking: 'Сочыць, дзе я знаходжуся',
};

export const cat_economic: Messages['cat_economic'] = {
  prohibition_to_study_or_work: 'Забараняе вучыцца або працаваць',
  deprivation_of_financial_support: 'Пазбаўляе матэрыяльнай падтрымкі',
  total_control_of_income: 'Цалкам кантралюе мае даходы',
  concealment_of_income: 'Хавае свае даходы',
  control_of_expenditures: 'Кантралюе кожны выдатак',
  coercion_to_support_the_abuser: 'Прымушае ўтрымліваць яго',
  refusal_to_support_children: 'Адмаўляецца ўтрымліваць дзяцей',
  coercion_to_beg: 'Прымушае выпрошваць грошы',
  unequal_spending: 'Траціць грошы няроўна',
  coercion_to_retire: 'Прымушае звольніцца або пайсці на пенсію',
  deprivation_of_funds: 'Адбірае грошы',
  financial_blackmail: 'Фінансавы шантаж',
  forging_signatures: 'Падрабляе подпісы',
  misuse_or_theft_of_money_and_property: 'Прысвойвае або крадзе грошы і маёмасць',
};
