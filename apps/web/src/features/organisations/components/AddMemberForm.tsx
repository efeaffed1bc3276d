import { MEMBER_ROLE_LABELS, type MemberRole } from '@covenant/domain';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import { isErrorCode } from '../../../lib/graphql';
import { formErrors, hasErrors, type FieldErrors, type FormErrors } from '../../../lib/form-errors';
import { useAddMember } from '../api/add-member';
import { ROLE_OPTIONS } from '../options';

type MemberField = 'email' | 'role' | 'position';
const FIELDS: readonly MemberField[] = ['email', 'role', 'position'];

/** "No account uses that e-mail" and "already a member" are about the e-mail, so they are shown there. */
function serverErrors(error: unknown): FormErrors<MemberField> {
  if (isErrorCode(error, 'NOT_FOUND') || isErrorCode(error, 'CONFLICT')) {
    return { fields: { email: error.message }, message: 'Please correct the problems marked below.' };
  }
  return formErrors(error, FIELDS);
}

export function AddMemberForm({ organisationId, slug }: { organisationId: string; slug: string }) {
  const add = useAddMember(slug);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('MEMBER');
  const [position, setPosition] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<MemberField>>({});
  const [added, setAdded] = useState<string | null>(null);
  const server = serverErrors(add.error);
  const errors = { ...server.fields, ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const problems: FieldErrors<MemberField> = {};
    if (!email.trim()) problems.email = 'Enter the e-mail address they signed up with.';
    setClientErrors(problems);
    if (hasErrors(problems)) return;
    add.mutate(
      { organisationId, email: email.trim(), role, position: position.trim() || null },
      {
        onSuccess: (membership) => {
          setAdded(`${membership.user.displayName} is now ${MEMBER_ROLE_LABELS[membership.role].toLowerCase()}.`);
          setEmail('');
          setPosition('');
          setRole('MEMBER');
        },
      },
    );
  };

  return (
    <form className="form form--panel" onSubmit={submit} noValidate aria-labelledby="add-member-title">
      <h3 id="add-member-title">Add a member</h3>
      <p className="muted">They need an account on the platform first; add them by the e-mail address they use.</p>
      {added ? <Alert tone="success" title={added} /> : null}
      <FormErrorSummary clientErrors={clientErrors} serverMessage={server.message} />
      <div className="form-row">
        <TextField
          label="Their e-mail address"
          type="email"
          name="email"
          autoComplete="off"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        <Select
          label="Role"
          name="role"
          options={ROLE_OPTIONS}
          value={role}
          onChange={(event) => setRole(event.target.value as MemberRole)}
          error={errors.role}
        />
      </div>
      <TextField
        label="Position"
        name="position"
        optional
        hint="Their job title or role, printed under their signature, e.g. Chair of trustees."
        value={position}
        onChange={(event) => setPosition(event.target.value)}
        error={errors.position}
      />
      <FormActions>
        <Button type="submit" busy={add.isPending} busyLabel="Adding…">
          Add member
        </Button>
      </FormActions>
    </form>
  );
}
