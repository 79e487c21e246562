// What she ticks is what the dossier prints: the categories come from their one source (shared/words).
import type { Messages } from '../types';
import { uk as words } from '../../../shared/words/uk';

export const cat_incident: Messages['cat_incident'] = words.categories.incident;
export const cat_stalking: Messages['cat_stalking'] = words.categories.stalking;
export const cat_economic: Messages['cat_economic'] = words.categories.economic;

/** A few words of hers under the categories that want them (../categoryHints.ts). */
export const cat_hint: Messages['cat_hint'] = {
  incident_psychological: 'образи, приниження, контроль',
  incident_property_damage: 'поломка або псування речей, телефону, документів',
  stalking_seeking_new_contacts: 'нові номери, нові акаунти, через знайомих',
  stalking_spreading_information: 'фото, листування, адреса, відомості про здоров’я',
  stalking_tracking: 'геолокація, трекер, перевірка телефону',
  economic_unequal_spending: 'багато на одного, мало на родину й дітей',
};
