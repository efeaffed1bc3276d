import type { InputHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldOwnProps } from './Field';

export interface TextFieldProps
  extends FieldOwnProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | keyof FieldOwnProps> {}

export function TextField(props: TextFieldProps) {
  const [field, input] = splitFieldProps(props);
  return <Field {...field}>{(control) => <input className="input" type="text" {...input} {...control} />}</Field>;
}
