// What she ticks is what the dossier prints: the categories come from their one source (shared/words).
import type { Messages } from '../types';
import { ru as words } from '../../../shared/words/ru';

export const cat_incident: Messages['cat_incident'] = words.categories.incident;
export const cat_stalking: Messages['cat_stalking'] = words.categories.stalking;
export const cat_economic: Messages['cat_economic'] = words.categories.economic;

/** A few words of hers under the categories that want them (../categoryHints.ts). */
export const cat_hint: Messages['cat_hint'] = {
  incident_psychological: 'оскорбления, унижения, контроль',
  incident_property_damage: 'поломка или порча вещей, телефона, документов',
  stalking_seeking_new_contacts: 'новые номера, новые аккаунты, через знакомых',
  stalking_spreading_information: 'фото, переписка, адрес, сведения о здоровье',
  stalking_tracking: 'геолокация, трекер, проверка телефона',
  economic_unequal_spending: 'много на одного, мало на семью и детей',
};
