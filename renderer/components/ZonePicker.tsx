// The time zone, chosen as a place in her language ("Минск — UTC+03:00"), never a zone id to type
// (issue 13, item 2). An ARIA 1.2 combobox with a list box: typing filters the places, Down/Up move,
// Enter chooses, Esc closes and keeps what was chosen. A zone that is in no listed place (this
// computer's, or one stored earlier) is shown by its id, read-only: typing can only choose a place.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { placeOfZone, searchPlaces, type Place } from '../../shared/places';
import { languageOfLocale, offsetText } from '../../shared/timeFormat';
import { useApp } from '../state/AppContext';

interface ZonePickerProps {
  label: string;
  /** An IANA zone id, as stored. */
  value: string;
  onChange(zone: string): void;
  hint?: string;
  /** The instant whose offset is shown (daylight saving changes it); now by default. */
  at?: string;
  /** What the form's own check found wrong (on submit), said under the field. */
  error?: string | null;
}

export function ZonePicker({ label, value, onChange, hint, at, error }: ZonePickerProps) {
  const { t, locale } = useApp();
  const language = languageOfLocale(locale);
  const id = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const instant = at ?? new Date().toISOString();

  const chosen = placeOfZone(value);
  const chosenText = `${chosen ? chosen.names[language] : value} (${offsetText(instant, value)})`;
  const options = useMemo(() => (open ? searchPlaces(query ?? '', language) : []), [open, query, language]);

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (place: Place) => {
    onChange(place.zone);
    close();
  };
  const show = (index: number) => {
    setActive(index);
    document.getElementById(`${id}-option-${index}`)?.scrollIntoView({ block: 'nearest' });
  };

  const key = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      show(Math.min(Math.max(active + step, 0), Math.max(options.length - 1, 0)));
    } else if (event.key === 'Enter' && open) {
      // Enter chooses here; it must not also submit the form around the field.
      event.preventDefault();
      const place = options[active];
      if (place) choose(place);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const listId = `${id}-places`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const activeId = open && options[active] ? `${id}-option-${active}` : undefined;
  return (
    <div className="field zone-picker">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={hintId}>
        {hint ?? t('time.placeHint')}
      </p>
      <div className="combo">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-describedby={`${hintId} ${statusId}`}
          aria-invalid={error ? true : undefined}
          value={query ?? chosenText}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={key}
          onBlur={close}
          autoComplete="off"
          spellCheck={false}
        />
        <ul id={listId} role="listbox" aria-label={label} hidden={!open || options.length === 0}>
          {options.map((place, index) => (
            <li
              key={`${place.zone}|${place.names.en}`}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={place.zone === chosen?.zone ? 'current' : undefined}
              // Keep the focus in the field, so the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(place)}
            >
              <span>{place.names[language]}</span> <span className="offset">{offsetText(instant, place.zone)}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="field-problem" id={statusId} aria-live="polite">
        {open && query !== null && options.length === 0 ? t('time.placeNone') : (error ?? '')}
      </p>
    </div>
  );
}
