import type { TextareaHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldOwnProps } from './Field';

export interface TextAreaProps
  extends FieldOwnProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | keyof FieldOwnProps> {
  monospace?: boolean;
}

export function TextArea({ monospace, rows = 4, ...props }: TextAreaProps) {
  const [field, textarea] = splitFieldProps(props);
  return (
    <Field {...field}>
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
