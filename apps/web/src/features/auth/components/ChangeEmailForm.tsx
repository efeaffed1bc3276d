import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { TextField } from '../../../components/ui/TextField';
import { formErrors, hasErrors, type FieldErrors } from '../../../lib/form-errors';
import { useChangeEmail } from '../api/change-email';
import { validateEmail } from '../validation';

type ChangeEmailField = 'email' | 'password';
const FIELDS: readonly ChangeEmailField[] = ['email', 'password'];

/** A new address, confirmed again by its own link; the password is asked again. */
export function ChangeEmailForm() {
  const change = useChangeEmail();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<ChangeEmailField>>({});
  const server = formErrors(change.error, FIELDS);
  const errors = { ...server.fields, ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors<ChangeEmailField> = {};
    const emailProblem = validateEmail(email);
    if (emailProblem) problems.email = emailProblem;
    if (!password) problems.password = 'Enter the password you sign in with.';
    setClientErrors(problems);
    if (hasErrors(problems)) return;
    change.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => {
          setEmail('');
          setPassword('');
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="change-email-title">
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
      <FormErrorSummary clientErrors={clientErrors} serverMessage={server.message} />
      <TextField
        label="New e-mail address"
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
        label="Your password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password}
      />
      <FormActions>
        <Button type="submit" busy={change.isPending} busyLabel="Changing…">
          Change e-mail address
        </Button>
      </FormActions>
    </form>
  );
}
