// Each language named in itself, so a person can find hers whatever is showing now.
import { LANGUAGES, type Language } from '../../shared/appContract';
import { useApp } from '../state/AppContext';
import { SelectField } from './SelectField';

export const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', en: 'English', be: 'Беларуская', uk: 'Українська' };

export function LanguagePicker() {
  const { t, settings, saveSettings } = useApp();
  return (
    <SelectField
      className="language-picker"
      label={t('common.language')}
      value={settings.language}
      options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
      onChange={(language) => void saveSettings({ language })}
    />
  );
}
