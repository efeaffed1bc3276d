import { ConfirmRemoval } from '../../../components/ui/ConfirmRemoval';
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
  return (
    <ConfirmRemoval
      className="member-confirm"
      question={
        isViewer
          ? `Leave ${organisationName}? You will lose access to its members and covenants.`
          : `Remove ${member.user.displayName} from ${organisationName}?`
      }
      confirmLabel={isViewer ? 'Yes, leave' : 'Yes, remove'}
      error={remove.error?.message ?? null}
      busy={remove.isPending}
      onConfirm={() => remove.mutate(member.id, { onSuccess: onRemoved })}
      onCancel={onCancel}
    />
  );
}
