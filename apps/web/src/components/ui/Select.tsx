import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  options: readonly SelectOption[];
  /** A first, empty choice such as "Choose a kind". */
  placeholder?: string;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
}

export function Select({ label, options, placeholder, hint, error, optional, className, ...select }: SelectProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      labelSuffix={optional ? '(optional)' : undefined}
      className={className}
    >
      {(control) => (
        <select className="input input--select" {...select} {...control}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
