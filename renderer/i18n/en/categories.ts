// What she ticks is what the dossier prints: the categories come from their one source (shared/words).
import { en as words } from '../../../shared/words/en';

export const cat_incident = words.categories.incident;
export const cat_stalking = words.categories.stalking;
export const cat_economic = words.categories.economic;
