import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { TextField } from '../../../components/ui/TextField';
import { formErrors, hasErrors, type FieldErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/login';
import { validateEmail } from '../validation';

type SignInField = 'email' | 'password';
const SIGN_IN_FIELDS: readonly SignInField[] = ['email', 'password'];

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<SignInField>>({});
  const server = formErrors(login.error, SIGN_IN_FIELDS);
  const errors = { ...server.fields, ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors<SignInField> = {};
    const emailProblem = validateEmail(email);
    if (emailProblem) problems.email = emailProblem;
    if (!password) problems.password = 'Enter your password.';
    setClientErrors(problems);
    if (hasErrors(problems)) return;
    login.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrorSummary clientErrors={clientErrors} serverMessage={server.message} />
      <TextField
        label="E-mail address"
        type="email"
        name="email"
        autoComplete="email"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      <FormActions>
        <Button type="submit" busy={login.isPending} busyLabel="Signing in…">
          Sign in
        </Button>
      </FormActions>
    </form>
  );
}
