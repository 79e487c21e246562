// The dossier's part of the words it shares with the app (shared/words): taken, never copied, so
// the PDF says what her screen says.
import type { Words } from '../../../shared/words';

export type SharedWords = Pick<Words, 'kinds' | 'kindsPlural' | 'categories' | 'roles' | 'channels' | 'directions'>;

export function dossierWords({ kinds, kindsPlural, categories, roles, channels, directions }: Words): SharedWords {
  return { kinds, kindsPlural, categories, roles, channels, directions };
}
