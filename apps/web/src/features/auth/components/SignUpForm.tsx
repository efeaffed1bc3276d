import { MIN_PASSWORD_LENGTH } from '@covenant/domain';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { TextField } from '../../../components/ui/TextField';
import { formErrors, hasErrors, type FieldErrors, type FormErrors } from '../../../lib/form-errors';
import { isErrorCode } from '../../../lib/graphql';
import { useRegister } from '../api/register';
import { SIGN_UP_FIELDS, validateSignUp, type SignUpField, type SignUpValues } from '../validation';

/** An e-mail address that already has an account is a problem with that field. */
function signUpErrors(error: unknown): FormErrors<SignUpField> {
  if (isErrorCode(error, 'CONFLICT')) {
    return { fields: { email: error.message }, message: 'Please correct the problems marked below.' };
  }
  return formErrors(error, SIGN_UP_FIELDS);
}

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const register = useRegister();
  const [values, setValues] = useState<SignUpValues>({ displayName: '', email: '', password: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors<SignUpField>>({});
  const server = signUpErrors(register.error);
  const errors = { ...server.fields, ...clientErrors };

  const change = (field: SignUpField) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateSignUp(values);
    setClientErrors(problems);
    if (hasErrors(problems)) return;
    register.mutate(
      { displayName: values.displayName.trim(), email: values.email.trim(), password: values.password },
      { onSuccess: onSignedUp },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrorSummary clientErrors={clientErrors} serverMessage={server.message} />
      <TextField
        label="Your name"
        hint="Shown to the people you work with, and printed under your signature."
        name="displayName"
        autoComplete="name"
        required
        value={values.displayName}
        onChange={change('displayName')}
        error={errors.displayName}
      />
      <TextField
        label="E-mail address"
        type="email"
        name="email"
        autoComplete="email"
        spellCheck={false}
        required
        value={values.email}
        onChange={change('email')}
        error={errors.email}
      />
      <TextField
        label="Password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence you will remember works well.`}
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        value={values.password}
        onChange={change('password')}
        error={errors.password}
      />
      <FormActions>
        <Button type="submit" busy={register.isPending} busyLabel="Creating your account…">
          Create account
        </Button>
      </FormActions>
    </form>
  );
}
