// The dossier's languages. Russian first (PRODUCT.md); every label, date and number follows the
// chosen language, through Intl with the matching locale.
import type { DossierLanguage } from '../../../shared/dossierOptions';
import { be } from './be';
import { en } from './en';
import { ru } from './ru';
import type { PluralForms, Strings } from './types';
import { uk } from './uk';

export type { Strings, PluralForms } from './types';

export const STRINGS: Record<DossierLanguage, Strings> = { ru, en, be, uk };

/** BCP 47 tags for Intl and for the PDF's /Lang. en-GB: day-month order and 24-hour times, the
 *  least ambiguous English form for a court outside the US. */
export const LOCALES: Record<DossierLanguage, string> = { ru: 'ru-RU', en: 'en-GB', be: 'be-BY', uk: 'uk-UA' };

export function pluralise(language: DossierLanguage, n: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(LOCALES[language]).select(n) as keyof PluralForms;
  return forms[rule] ?? forms.other;
}
