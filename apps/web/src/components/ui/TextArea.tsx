import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  optional?: boolean;
  monospace?: boolean;
}

export function TextArea({ label, hint, error, optional, monospace, className, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      labelSuffix={optional ? '(optional)' : undefined}
      className={className}
    >
      {(control) => (
        <textarea
          className={monospace ? 'input input--textarea input--mono' : 'input input--textarea'}
          rows={rows}
          {...textarea}
          {...control}
        />
      )}
    </Field>
  );
}
