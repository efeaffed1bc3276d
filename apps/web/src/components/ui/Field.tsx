import { useId, type ReactNode } from 'react';

/** What a labelled control says around itself; the rest of its props go to the control. */
export interface FieldOwnProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Marks the label "(optional)". */
  optional?: boolean;
  /** For the field around the control. */
  className?: string;
}

export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldProps extends FieldOwnProps {
  children: (control: FieldControlProps) => ReactNode;
}

/** Separates a control's props into the field's (label, hint, error, optional, class) and the control's own. */
export function splitFieldProps<P extends FieldOwnProps>({ label, hint, error, optional, className, ...control }: P) {
  return [{ label, hint, error, optional, className }, control] as const;
}

/** Label, hint and error wired to one control, so assistive technology reads them together. */
export function Field({ label, hint, error, optional, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__suffix"> (optional)</span> : null}
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
