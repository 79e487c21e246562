// A text input for a value she types in a fixed style (a date, a time), read the same way whatever
// the browser's or the computer's locale (never <input type=date>, whose format follows the browser).
// The form keeps the stored value ("2024-03-05", "18:30"); what she typed stays on screen as typed
// until she leaves the field. A problem is said on the field itself (aria-invalid, aria-describedby)
// when she leaves it, and taken back as soon as the text reads well.
import { useEffect, useId, useRef, useState } from 'react';
import type { Key } from '../i18n';
import { useApp } from '../state/AppContext';

export type Reading = { value: string } | { problem: Key };

export interface TypedFieldProps {
  label: string;
  /** The stored value, or '' for none. A value that does not read (typed, not yet fixed) is kept
   *  as typed, so the form's own check refuses it rather than saving a guess. */
  value: string;
  onChange(value: string): void;
  hint?: string;
  required?: boolean;
  invalid?: boolean;
  /** What the form's own check found wrong (on submit), said on the field like a typing problem. */
  error?: string | null;
  className?: string;
}

interface Props extends TypedFieldProps {
  read(text: string): Reading;
  show(value: string): string;
  placeholder: string;
  size: number;
}

export function TypedField(props: Props) {
  const { t } = useApp();
  const id = useId();
  const [text, setText] = useState(() => props.show(props.value));
  const [problem, setProblem] = useState<Key | null>(null);
  const emitted = useRef(props.value);

  // A value set from outside (a draft restored, "now", a reset) replaces the text.
  useEffect(() => {
    if (props.value !== emitted.current) {
      emitted.current = props.value;
      setText(props.show(props.value));
      setProblem(null);
    }
  }, [props.value, props.show]);

  const emit = (value: string) => {
    emitted.current = value;
    props.onChange(value);
  };

  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(null);
      emit('');
      return;
    }
    const reading = props.read(next);
    if ('value' in reading) setProblem(null);
    emit('value' in reading ? reading.value : next.trim());
  };

  const leave = () => {
    if (text.trim() === '') return;
    const reading = props.read(text);
    if ('value' in reading) setText(props.show(reading.value));
    setProblem('value' in reading ? null : reading.problem);
  };

  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const said = problem ? t(problem, { text: text.trim() }) : (props.error ?? '');
  const describedBy = [props.hint ? hintId : null, said ? problemId : null].filter(Boolean).join(' ');
  return (
    <div className={`field typed-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        value={text}
        size={props.size}
        placeholder={props.placeholder}
        onChange={(event) => change(event.target.value)}
        onBlur={leave}
        required={props.required}
        aria-invalid={said !== '' || props.invalid ? true : undefined}
        aria-describedby={describedBy || undefined}
        // The person may be watched: never let the browser remember what was typed here.
        autoComplete="off"
        spellCheck={false}
        inputMode="numeric"
      />
      <p className={said ? 'field-problem field-error' : 'field-problem'} id={problemId} aria-live="polite">
        {said}
      </p>
    </div>
  );
}
