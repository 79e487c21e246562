// A calendar day, typed dd.mm.yyyy (dd/mm/yyyy in English), stored as "2024-03-05".
import { useCallback } from 'react';
import { datePattern, languageOfLocale, readTypedDay, typedDay } from '../../shared/timeFormat';
import { useApp } from '../state/AppContext';
import { TypedField, type Reading, type TypedFieldProps } from './TypedField';

export function DateField(props: TypedFieldProps) {
  const { t, locale } = useApp();
  const language = languageOfLocale(locale);
  const read = useCallback((text: string): Reading => {
    const reading = readTypedDay(text);
    return 'day' in reading ? { value: reading.day } : { problem: `time.${reading.problem}` };
  }, []);
  const show = useCallback((value: string) => typedDay(value, language), [language]);
  return <TypedField {...props} hint={props.hint ?? t('time.dateHint')} read={read} show={show} placeholder={datePattern(language)} size={11} />;
}
