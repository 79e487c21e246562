// The zone of the phone the export came from, chosen by place name from the same searchable list as
// an entry's zone (ZonePicker, shared/places.ts): never a zone id to type.
import { placeOfZone } from '../../shared/places';
import type { TimeLanguage } from '../../shared/timeFormat';
import { useApp } from '../state/AppContext';
import { ZonePicker } from './ZonePicker';

/** A zone as she reads it in a sentence: the place's name in her language, or the zone's own id. */
export function zoneName(zone: string, language: TimeLanguage): string {
  return placeOfZone(zone)?.names[language] ?? zone;
}

interface ZoneFieldProps {
  zone: string;
  /** The export carries exact times: the zone only says where to read them. */
  timesAreUtc: boolean;
  /** The first message, so the offset shown is the one the phone had then. */
  at?: string;
  onChange(zone: string): void;
}

export function ImportZoneField({ zone, timesAreUtc, at, onChange }: ZoneFieldProps) {
  const { t } = useApp();
  return <ZonePicker label={t('import.zone')} hint={t(timesAreUtc ? 'import.zoneHintExact' : 'import.zoneHint')} value={zone} at={at} onChange={onChange} />;
}
