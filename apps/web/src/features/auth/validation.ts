import { MIN_PASSWORD_LENGTH } from '@covenant/domain';
import type { FieldErrors } from '../../lib/form-errors';

export interface SignUpValues {
  displayName: string;
  email: string;
  password: string;
}

export type SignUpField = keyof SignUpValues;
export const SIGN_UP_FIELDS: readonly SignUpField[] = ['displayName', 'email', 'password'];

/** A loose check: the server has the last word, this only catches slips before a round trip. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): string | undefined {
  if (!email.trim()) return 'Enter your e-mail address.';
  if (!EMAIL.test(email.trim())) return 'Enter an e-mail address like name@example.org.';
  return undefined;
}

export function validateSignUp(values: SignUpValues): FieldErrors<SignUpField> {
  const errors: FieldErrors<SignUpField> = {};
  if (!values.displayName.trim()) errors.displayName = 'Enter the name people will know you by.';
  const email = validateEmail(values.email);
  if (email) errors.email = email;
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return errors;
}
