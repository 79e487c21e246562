// The zone of the phone the export came from, chosen by place name. One small component on purpose:
// the searchable place-named zone picker (issue 13, item 2) takes its place when it lands.
import { isValidTimeZone } from '../../shared/domain';
import type { Translate } from '../i18n';
import { systemTimeZone } from '../state/zonedTime';
import { useApp } from '../state/AppContext';
import { SelectField } from './SelectField';

/** The places most exports come from, named in her language (import.place_*). */
const PLACES = [
  ['Europe/Minsk', 'minsk'],
  ['Europe/Moscow', 'moscow'],
  ['Europe/Kyiv', 'kyiv'],
  ['Europe/Warsaw', 'warsaw'],
  ['Europe/Vilnius', 'vilnius'],
  ['Europe/Riga', 'riga'],
  ['Asia/Tbilisi', 'tbilisi'],
  ['Europe/Berlin', 'berlin'],
  ['UTC', 'utc'],
] as const;

/** A zone as she reads it in a sentence: the place's name, or the zone's own name. */
export function zoneName(zone: string, t: Translate): string {
  const place = PLACES.find(([value]) => value === zone);
  return place ? t(`import.place_${place[1]}`) : zone;
}

/** A zone in the list: the same, and this computer's zone said to be this computer's. */
function zoneChoice(zone: string, t: Translate): string {
  return zone === systemTimeZone() && zoneName(zone, t) === zone ? t('import.placeOther', { zone }) : zoneName(zone, t);
}

interface ZoneFieldProps {
  zone: string;
  /** The export carries exact times: the zone only says where to read them. */
  timesAreUtc: boolean;
  onChange(zone: string): void;
}

export function ImportZoneField({ zone, timesAreUtc, onChange }: ZoneFieldProps) {
  const { t } = useApp();
  const options: { value: string; label: string }[] = PLACES.map(([value]) => ({ value, label: zoneChoice(value, t) }));
  // This computer's zone and the one chosen now, when they are not among the places above.
  for (const extra of [systemTimeZone(), zone]) {
    if (isValidTimeZone(extra) && !options.some((option) => option.value === extra)) options.push({ value: extra, label: zoneChoice(extra, t) });
  }
  return <SelectField label={t('import.zone')} hint={t(timesAreUtc ? 'import.zoneHintExact' : 'import.zoneHint')} value={zone} options={options} onChange={onChange} />;
}
