import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from './Button';

export interface OneFieldFormProps {
  label: string;
  hint?: string;
  type: 'text' | 'url';
  initial: string;
  submitLabel: string;
  /** Takes the value and answers null, or answers what is wrong with it, which is shown under the field. */
  onSubmit: (value: string) => string | null;
  onCancel: () => void;
  /** More actions, between the submit button and Cancel. */
  children?: ReactNode;
  className?: string;
}

/** A small form of one field that opens in place (a link's address, a passage's words); Escape closes it. */
export function OneFieldForm(props: OneFieldFormProps) {
  const { label, hint, type, initial, submitLabel, onSubmit, onCancel, children, className } = props;
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = onSubmit(value);
    setError(problem);
    if (problem) input.current?.focus();
  };
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <form
      className={className ? `link-form ${className}` : 'link-form'}
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label htmlFor={`${id}-value`} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        ref={input}
        id={`${id}-value`}
        className="input"
        type={type}
        value={value}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <div className="actions">
        <Button type="submit" className="button--small">
          {submitLabel}
        </Button>
        {children}
        <Button variant="quiet" className="button--small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
