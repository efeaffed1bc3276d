import { MEMBER_ROLE_LABELS, type MemberRole } from '@covenant/domain';
import { Alert } from '../../../components/ui/Alert';
import { FormErrorSummary } from '../../../components/ui/FormErrorSummary';
import { Button } from '../../../components/ui/Button';
import { FormActions } from '../../../components/ui/FormActions';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import { isErrorCode } from '../../../lib/graphql';
import { formErrors, type FieldErrors, type FormErrors } from '../../../lib/form-errors';
import { useForm } from '../../../lib/use-form';
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
  const form = useForm({
    mutation: add,
    fields: FIELDS,
    serverErrors,
    initialValues: { email: '', role: 'MEMBER' as MemberRole, position: '' },
    validate: ({ email }) => {
      const problems: FieldErrors<MemberField> = {};
      if (!email.trim()) problems.email = 'Enter the e-mail address they signed up with.';
      return problems;
    },
    submit: ({ email, role, position }, { reset, notify }) =>
      add.mutate(
        { organisationId, email: email.trim(), role, position: position.trim() || null },
        {
          onSuccess: (membership) => {
            notify(`${membership.user.displayName} is now ${MEMBER_ROLE_LABELS[membership.role].toLowerCase()}.`);
            reset();
          },
        },
      ),
  });
  const { values, errors } = form;

  return (
    <form className="form form--panel" onSubmit={form.onSubmit} noValidate aria-labelledby="add-member-title">
      <h3 id="add-member-title">Add a member</h3>
      <p className="muted">They need an account on the platform first; add them by the e-mail address they use.</p>
      {form.notice ? <Alert tone="success" title={form.notice} /> : null}
      <FormErrorSummary clientErrors={form.clientErrors} serverMessage={form.message} />
      <div className="form-row">
        <TextField
          label="Their e-mail address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          {...form.field('email')}
        />
        <Select
          label="Role"
          name="role"
          options={ROLE_OPTIONS}
          value={values.role}
          onChange={(event) => form.setValue('role', event.target.value as MemberRole)}
          error={errors.role}
        />
      </div>
      <TextField
        label="Position"
        optional
        hint="Their job title or role, printed under their signature, e.g. Chair of trustees."
        {...form.field('position')}
      />
      <FormActions>
        <Button type="submit" busy={form.pending} busyLabel="Adding…">
          Add member
        </Button>
      </FormActions>
    </form>
  );
}
