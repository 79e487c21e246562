// What she ticks is what the dossier prints: the categories come from their one source (shared/words).
import type { CategoryHints } from '../categoryHints';
import { en as words } from '../../../shared/words/en';

export const cat_incident = words.categories.incident;
export const cat_stalking = words.categories.stalking;
export const cat_economic = words.categories.economic;

/** A few words of hers under the categories that want them (../categoryHints.ts). */
export const cat_hint = {
  incident_psychological: 'insults, humiliation, control',
  incident_property_damage: 'things, a phone or papers broken or spoiled',
  stalking_seeking_new_contacts: 'new numbers, new accounts, through acquaintances',
  stalking_spreading_information: 'photos, messages, address, health details',
  stalking_tracking: 'location sharing, a tracker, checking the phone',
  economic_unequal_spending: 'much on one person, little on the family and children',
} as const satisfies CategoryHints;
