import type { MemberRole } from '@covenant/domain';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Select } from '../../../components/ui/Select';
import { TextField } from '../../../components/ui/TextField';
import { formErrors } from '../../../lib/form-errors';
import { useUpdateMembership } from '../api/update-membership';
import { ROLE_OPTIONS } from '../options';
import type { Member } from './member';

type EditField = 'role' | 'position';
const FIELDS: readonly EditField[] = ['role', 'position'];

export function EditMemberForm({ member, slug, onDone }: { member: Member; slug: string; onDone: () => void }) {
  const update = useUpdateMembership(slug);
  const [role, setRole] = useState<MemberRole>(member.role);
  const [position, setPosition] = useState(member.position ?? '');
  const server = formErrors(update.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ membershipId: member.id, role, position: position.trim() }, { onSuccess: onDone });
  };

  return (
    <form className="member-edit" onSubmit={submit} noValidate aria-label={`Change ${member.user.displayName}’s role`}>
      {server.message ? <Alert tone="error" title={server.message} /> : null}
      <div className="form-row">
        <Select
          label="Role"
          name="role"
          // The Change button that opened this form is gone, so focus moves to the first thing to change.
          autoFocus
          options={ROLE_OPTIONS}
          value={role}
          onChange={(event) => setRole(event.target.value as MemberRole)}
          error={server.fields.role}
        />
        <TextField
          label="Position"
          name="position"
          optional
          value={position}
          onChange={(event) => setPosition(event.target.value)}
          error={server.fields.position}
        />
      </div>
      <div className="actions">
        <Button type="submit" className="button--small" busy={update.isPending} busyLabel="Saving…">
          Save changes
        </Button>
        <Button variant="quiet" className="button--small" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
