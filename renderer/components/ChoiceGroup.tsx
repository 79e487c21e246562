// A group of choices under one question (fieldset + legend): radio buttons for one answer,
// checkboxes for several. An option may carry a hint in her words under it (what «Психологическое
// насилие» covers): outside the label, so the choice keeps its short name, and tied to its box by
// aria-describedby, so a screen reader says it too.
import { useId } from 'react';

interface ChoiceGroupProps<V extends string> {
  legend: string;
  options: readonly { value: V; label: string; hint?: string | undefined }[];
  selected: readonly V[];
  onChange(selected: V[]): void;
  multiple?: boolean;
  hint?: string;
  columns?: boolean;
}

export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const id = useId();
  function toggle(value: V, checked: boolean): void {
    if (!props.multiple) return props.onChange([value]);
    props.onChange(checked ? [...props.selected, value] : props.selected.filter((v) => v !== value));
  }
  return (
    <fieldset className={`choices ${props.columns ? 'columns' : ''}`} aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <div className="choice-list">
        {props.options.map((option, index) => {
          const hintId = option.hint ? `${id}-option-hint-${index}` : undefined;
          const choice = (
            <label key={option.value} className="choice">
              <input
                type={props.multiple ? 'checkbox' : 'radio'}
                name={id}
                value={option.value}
                checked={props.selected.includes(option.value)}
                aria-describedby={hintId}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          );
          if (hintId === undefined) return choice;
          return (
            <div key={option.value} className="choice-item">
              {choice}
              <span className="hint choice-hint" id={hintId}>
                {option.hint}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
