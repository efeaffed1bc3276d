import type { SelectHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldOwnProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps
  extends FieldOwnProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | keyof FieldOwnProps> {
  options: readonly SelectOption[];
  /** A first, empty choice such as "Choose a kind". */
  placeholder?: string;
}

export function Select({ options, placeholder, ...props }: SelectProps) {
  const [field, select] = splitFieldProps(props);
  return (
    <Field {...field}>
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
