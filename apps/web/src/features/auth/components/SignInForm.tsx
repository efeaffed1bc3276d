import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { EmailField, PasswordField } from './CredentialFields';
import type { FieldErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
import { useLogin } from '../api/login';
import { validateEmail } from '../validation';

type SignInField = 'email' | 'password';
const SIGN_IN_FIELDS: readonly SignInField[] = ['email', 'password'];

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const login = useLogin();
  const form = useForm({
    mutation: login,
    fields: SIGN_IN_FIELDS,
    initialValues: { email: '', password: '' },
    validate: ({ email, password }) => {
      const problems: FieldErrors<SignInField> = {};
      const emailProblem = validateEmail(email);
      if (emailProblem) problems.email = emailProblem;
      if (!password) problems.password = 'Enter your password.';
      return problems;
    },
    submit: ({ email, password }) => login.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn }),
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <EmailField {...form.field('email')} />
      <PasswordField {...form.field('password')} />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Signing in…">
          Sign in
        </Button>
      </FormActions>
    </form>
  );
}
