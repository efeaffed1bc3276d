import { hasErrors, type FieldErrors } from '../../lib/form-errors';
import { Alert } from './Alert';

/** The alert at the top of a form: the fields to correct, else what the server refused. */
export function FormErrorSummary({
  clientErrors,
  serverMessage,
}: {
  clientErrors: FieldErrors<string>;
  serverMessage?: string | null;
}) {
  if (hasErrors(clientErrors)) return <Alert tone="error" title="Please correct the problems marked below." />;
  return serverMessage ? <Alert tone="error" title={serverMessage} /> : null;
}
