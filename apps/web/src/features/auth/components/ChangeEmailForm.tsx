import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { EmailField, PasswordField } from './CredentialFields';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useChangeEmail } from '../api/change-email';
import { validateEmail } from '../validation';

type ChangeEmailField = 'email' | 'password';
const FIELDS: readonly ChangeEmailField[] = ['email', 'password'];

/** A new address, confirmed again by its own link; the password is asked again. */
export function ChangeEmailForm() {
  const change = useChangeEmail();
  const form = useForm({
    mutation: change,
    fields: FIELDS,
    initialValues: { email: '', password: '' },
    validate: ({ email, password }) => {
      const problems: FieldErrors<ChangeEmailField> = {};
      const emailProblem = validateEmail(email);
      if (emailProblem) problems.email = emailProblem;
      if (!password) problems.password = 'Enter the password you sign in with.';
      return problems;
    },
    submit: ({ email, password }, { reset }) => change.mutate({ email: email.trim(), password }, { onSuccess: reset }),
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="change-email-title">
      <h2 id="change-email-title">Change your e-mail address</h2>
      <p>
        We send a link to the new address; until you open it, you can draft and comment but not sign. We also tell your
        current address about the change.
      </p>
      {change.isSuccess ? (
        <Alert tone="success" title={`Your address is now ${change.data.email}`}>
          <p>Open the link we sent there to confirm it.</p>
        </Alert>
      ) : null}
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <EmailField label="New e-mail address" {...form.field('email')} />
      <PasswordField label="Your password" {...form.field('password')} />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Changing…">
          Change e-mail address
        </Button>
      </FormActions>
    </form>
  );
}
