import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
}

export function TextField({ label, hint, error, optional, className, ...input }: TextFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      labelSuffix={optional ? '(optional)' : undefined}
      className={className}
    >
      {(control) => <input className="input" type="text" {...input} {...control} />}
    </Field>
  );
}
