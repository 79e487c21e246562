// What she ticks is what the dossier prints: the categories come from their one source (shared/words).
import type { Messages } from '../types';
import { be as words } from '../../../shared/words/be';

export const cat_incident: Messages['cat_incident'] = words.categories.incident;
export const cat_stalking: Messages['cat_stalking'] = words.categories.stalking;
export const cat_economic: Messages['cat_economic'] = words.categories.economic;

/** A few words of hers under the categories that want them (../categoryHints.ts). */
export const cat_hint: Messages['cat_hint'] = {
  incident_psychological: 'абразы, прыніжэнні, кантроль',
  incident_property_damage: 'паломка або псаванне рэчаў, тэлефона, дакументаў',
  stalking_seeking_new_contacts: 'новыя нумары, новыя акаўнты, праз знаёмых',
  stalking_spreading_information: 'фота, перапіска, адрас, звесткі пра здароўе',
  stalking_tracking: 'геалакацыя, трэкер, праверка тэлефона',
  economic_unequal_spending: 'шмат на аднаго, мала на сям’ю і дзяцей',
};
