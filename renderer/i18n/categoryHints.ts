// The categories whose name, in the lawyer's terms, wants a few words of hers under it: what
// «Психологическое насилие» covers, what counts as «Отслеживание местонахождения». The words are
// in each language's categories.ts (namespace cat_hint, key "<kind>_<category>"); the editor shows
// them under the checkbox. The dossier prints the category's name alone.
import { CATEGORIES_BY_KIND, type EntryKind } from '../../shared/domain';
import type { Key } from './types';

export const HINTED_CATEGORIES = {
  incident: ['psychological', 'property_damage'],
  stalking: ['seeking_new_contacts', 'spreading_information', 'tracking'],
  economic: ['unequal_spending'],
} as const satisfies { readonly [K in EntryKind]: readonly (typeof CATEGORIES_BY_KIND)[K][number][] };

type Hinted = { [K in EntryKind]: `${K}_${(typeof HINTED_CATEGORIES)[K][number]}` }[EntryKind];
export type CategoryHints = Readonly<Record<Hinted, string>>;

/** The message key of a category's hint, or undefined when it has none. */
export function categoryHintKey(kind: EntryKind, category: string): Key | undefined {
  return (HINTED_CATEGORIES[kind] as readonly string[]).includes(category) ? (`cat_hint.${kind}_${category}` as Key) : undefined;
}
