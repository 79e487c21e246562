// A time of day on the 24-hour clock, typed and stored as "18:30" (never AM/PM, whatever the browser).
import { useCallback } from 'react';
import { languageOfLocale, readTypedTime, timePattern } from '../../shared/timeFormat';
import { useApp } from '../state/AppContext';
import { TypedField, type Reading, type TypedFieldProps } from './TypedField';

const read = (text: string): Reading => {
  const reading = readTypedTime(text);
  return 'time' in reading ? { value: reading.time } : { problem: `time.${reading.problem}` };
};

export function TimeField(props: TypedFieldProps) {
  const { t, locale } = useApp();
  const show = useCallback((value: string) => value, []);
  return <TypedField {...props} hint={props.hint ?? t('time.timeHint')} read={read} show={show} placeholder={timePattern(languageOfLocale(locale))} size={6} />;
}
