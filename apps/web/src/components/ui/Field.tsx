import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Shown after the label, e.g. "(optional)". */
  labelSuffix?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** Label, hint and error wired to one control, so assistive technology reads them together. */
export function Field({ label, hint, error, labelSuffix, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {labelSuffix ? <span className="field__suffix"> {labelSuffix}</span> : null}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId ?? undefined}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId ?? undefined}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
    </div>
  );
}
