import { useId } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export interface ChoiceFieldsetProps<V extends string> {
  legend: string;
  choices: readonly Choice<V>[];
  value: V | '';
  onChange: (value: V) => void;
  error?: string;
}

/** One of a few answers as radio buttons, with the question as the legend and its error tied to every choice. */
export function ChoiceFieldset<V extends string>({ legend, choices, value, onChange, error }: ChoiceFieldsetProps<V>) {
  const id = useId();
  return (
    <fieldset className={error ? 'fieldset field--invalid' : 'fieldset'}>
      <legend className="fieldset__legend">{legend}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <span>
              <span className="choice__label">{choice.label}</span>
              {choice.hint ? <span className="choice__hint">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
