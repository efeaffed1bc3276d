/** Turns a failed request into messages next to form fields and, for the rest, one message for the whole form. */
import { GraphQLRequestError } from './graphql';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormErrors<F extends string> {
  fields: FieldErrors<F>;
  message: string | null;
}

export const NO_ERRORS = { fields: {}, message: null } as const;

export function formErrors<F extends string>(error: unknown, fieldNames: readonly F[]): FormErrors<F> {
  if (!error) return { fields: {}, message: null };
  if (!(error instanceof GraphQLRequestError)) {
    return { fields: {}, message: 'Something went wrong. Please try again.' };
  }
  const fields: FieldErrors<F> = {};
  let unmatched = false;
  for (const [name, message] of Object.entries(error.fields)) {
    if ((fieldNames as readonly string[]).includes(name)) fields[name as F] = message;
    else unmatched = true;
  }
  const matched = Object.keys(fields).length > 0;
  return { fields, message: matched && !unmatched ? 'Please correct the problems marked below.' : error.message };
}

/** For forms that show the server's refusal as it is, above the form, and mark no field with it. */
export function serverMessage<F extends string>(error: unknown): FormErrors<F> {
  return { fields: {}, message: error instanceof Error ? error.message : null };
}

export function hasErrors(errors: FieldErrors<string>): boolean {
  return Object.values(errors).some(Boolean);
}
