import type { MemberRole } from '@covenant/domain';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import { useForm } from '../../../lib/use-form';
import { useUpdateMembership } from '../api/update-membership';
import { ROLE_OPTIONS } from '../options';
import type { Member } from './member';

type EditField = 'role' | 'position';
const FIELDS: readonly EditField[] = ['role', 'position'];

export function EditMemberForm({ member, slug, onDone }: { member: Member; slug: string; onDone: () => void }) {
  const update = useUpdateMembership(slug);
  const form = useForm({
    mutation: update,
    fields: FIELDS,
    initialValues: { role: member.role as MemberRole, position: member.position ?? '' },
    submit: ({ role, position }) =>
      update.mutate({ membershipId: member.id, role, position: position.trim() }, { onSuccess: onDone }),
  });

  return (
    <form
      className="member-edit"
      onSubmit={form.onSubmit}
      noValidate
      aria-label={`Change ${member.user.displayName}’s role`}
    >
      {form.message ? <Alert tone="error" title={form.message} /> : null}
      <div className="form-row">
        <Select
          label="Role"
          name="role"
          // The Change button that opened this form is gone, so focus moves to the first thing to change.
          autoFocus
          options={ROLE_OPTIONS}
          value={form.values.role}
          onChange={(event) => form.setValue('role', event.target.value as MemberRole)}
          error={form.errors.role}
        />
        <TextField label="Position" optional {...form.field('position')} />
      </div>
      <div className="actions">
        <Button type="submit" className="button--small" busy={form.pending} busyLabel="Saving…">
          Save changes
        </Button>
        <Button variant="quiet" className="button--small" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
