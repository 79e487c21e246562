// What she ticks is what the dossier prints: the categories come from their one source (shared/words).
import type { Messages } from '../types';
import { ru as words } from '../../../shared/words/ru';

export const cat_incident: Messages['cat_incident'] = words.categories.incident;
export const cat_stalking: Messages['cat_stalking'] = words.categories.stalking;
export const cat_economic: Messages['cat_economic'] = words.categories.economic;
