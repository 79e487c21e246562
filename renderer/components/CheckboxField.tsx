// One checkbox with its label to the right; the whole label is the click target.
import { useId } from 'react';
import { FieldError, describedBy } from './FieldError';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string;
  /** What is wrong ("Tick this to go on"), said under it. */
  error?: string | null;
  /** Shown but not changeable: the choice follows from others (its hint says why). */
  fixed?: boolean;
}

export function CheckboxField({ label, checked, onChange, hint, error, fixed }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} disabled={fixed} onChange={(event) => onChange(event.target.checked)} aria-describedby={describedBy(error && `${id}-error`, hint && `${id}-hint`)} aria-invalid={error ? true : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
