// A labelled text input or text area, with an optional plain hint under the label and, after a
// submit, the problem with what was typed right under the field (marked invalid and described by it).
import { useId, type ChangeEvent } from 'react';
import { FieldError, describedBy } from './FieldError';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  hint?: string;
  type?: 'text' | 'password' | 'number' | 'search';
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  list?: string;
  name?: string;
  invalid?: boolean;
  /** What is wrong with the value, in words; shown beside the field. */
  error?: string | null;
  autoFocus?: boolean;
  className?: string;
  min?: number;
  max?: number;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = props.error ?? null;
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(event.target.value);
  const common = {
    id,
    name: props.name,
    value: props.value,
    onChange,
    onBlur: props.onBlur,
    required: props.required,
    autoFocus: props.autoFocus,
    'aria-invalid': props.invalid || error !== null ? true : undefined,
    'aria-describedby': describedBy(error !== null && errorId, props.hint !== undefined && hintId),
    // The person may be watched: never let the browser remember what was typed here.
    autoComplete: props.autoComplete ?? 'off',
    spellCheck: false,
  };
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 5} />
      ) : (
        <input {...common} type={props.type ?? 'text'} inputMode={props.inputMode} list={props.list} min={props.min} max={props.max} />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
