import { MIN_PASSWORD_LENGTH } from '@covenant/domain';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { TextField } from '../../../components/ui/TextField';
import { EmailField, PasswordField } from './CredentialFields';
import { formErrors, type FormErrors } from '../../../lib/form-errors';
import { isErrorCode } from '../../../lib/graphql';
import { useForm } from '../../../lib/use-form';
import { useRegister } from '../api/register';
import { SIGN_UP_FIELDS, validateSignUp, type SignUpField } from '../validation';

/** An e-mail address that already has an account is a problem with that field. */
function signUpErrors(error: unknown): FormErrors<SignUpField> {
  if (isErrorCode(error, 'CONFLICT')) {
    return { fields: { email: error.message }, message: 'Please correct the problems marked below.' };
  }
  return formErrors(error, SIGN_UP_FIELDS);
}

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const register = useRegister();
  const form = useForm({
    mutation: register,
    fields: SIGN_UP_FIELDS,
    serverErrors: signUpErrors,
    initialValues: { displayName: '', email: '', password: '' },
    validate: validateSignUp,
    submit: (values) =>
      register.mutate(
        { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password },
        { onSuccess: onSignedUp },
      ),
  });

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate>
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <TextField
        label="Your name"
        hint="Shown to the people you work with, and printed under your signature."
        autoComplete="name"
        required
        {...form.field('displayName')}
      />
      <EmailField {...form.field('email')} />
      <PasswordField
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence you will remember works well.`}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        {...form.field('password')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Creating your account…">
          Create account
        </Button>
      </FormActions>
    </form>
  );
}
