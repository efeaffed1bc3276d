import { useEffect, useRef } from 'react';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { useRemoveMember } from '../api/remove-member';
import type { Member } from './member';

export interface RemoveMemberConfirmProps {
  member: Member;
  organisationName: string;
  slug: string;
  isViewer: boolean;
  onCancel: () => void;
  onRemoved: () => void;
}

export function RemoveMemberConfirm({
  member,
  organisationName,
  slug,
  isViewer,
  onCancel,
  onRemoved,
}: RemoveMemberConfirmProps) {
  const remove = useRemoveMember(slug);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);

  return (
    <div className="member-confirm">
      <p ref={question} tabIndex={-1} className="member-confirm__question">
        {isViewer
          ? `Leave ${organisationName}? You will lose access to its members and covenants.`
          : `Remove ${member.user.displayName} from ${organisationName}?`}
      </p>
      {remove.error ? <Alert tone="error" title={remove.error.message} /> : null}
      <div className="actions">
        <Button
          variant="danger"
          className="button--small"
          busy={remove.isPending}
          busyLabel="Removing…"
          onClick={() => remove.mutate(member.id, { onSuccess: onRemoved })}
        >
          {isViewer ? 'Yes, leave' : 'Yes, remove'}
        </Button>
        <Button variant="quiet" className="button--small" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
