// Each language named in itself, so a person can find hers whatever is showing now.
import { useState } from 'react';
import { LANGUAGES, type Language } from '../../shared/appContract';
import { LanguageNotLoaded } from '../i18n/languages';
import { useApp } from '../state/AppContext';
import { SelectField } from './SelectField';

export const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', en: 'English', be: 'Беларуская', uk: 'Українська' };

export function LanguagePicker() {
  const { t, settings, saveSettings } = useApp();
  // A language whose file cannot be read is not switched to (App.saveSettings); she is told so.
  const [notLoaded, setNotLoaded] = useState(false);
  const choose = (language: Language) => {
    setNotLoaded(false);
    saveSettings({ language }).catch((error: unknown) => setNotLoaded(error instanceof LanguageNotLoaded));
  };
  return (
    <>
      <SelectField className="language-picker" label={t('common.language')} value={settings.language} options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))} onChange={choose} />
      {notLoaded && (
        <p className="note note-error" role="alert">
          {t('common.languageNotLoaded')}
        </p>
      )}
    </>
  );
}
