import { MEMBER_ROLE_LABELS } from '@covenant/domain';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { EditMemberForm } from './EditMemberForm';
import type { Member } from './member';
import { RemoveMemberConfirm } from './RemoveMemberConfirm';

export interface MemberRowProps {
  member: Member;
  organisationName: string;
  slug: string;
  canManage: boolean;
  isViewer: boolean;
  onLeft: () => void;
}

type Mode = 'view' | 'edit' | 'remove';

export function MemberRow({ member, organisationName, slug, canManage, isViewer, onLeft }: MemberRowProps) {
  const [mode, setMode] = useState<Mode>('view');
  const name = member.user.displayName;

  return (
    <tr>
      <th scope="row" data-label="Name">
        <span className="member-name">
          {name}
          {isViewer ? <span className="tag">You</span> : null}
        </span>
        {member.user.email ? <span className="member-email">{member.user.email}</span> : null}
      </th>
      <td data-label="Role">{MEMBER_ROLE_LABELS[member.role]}</td>
      <td data-label="Position">{member.position ?? <span className="muted">Not given</span>}</td>
      {canManage ? (
        <td data-label="Manage" className="members__manage">
          {mode === 'edit' ? (
            <EditMemberForm member={member} slug={slug} onDone={() => setMode('view')} />
          ) : mode === 'remove' ? (
            <RemoveMemberConfirm
              member={member}
              organisationName={organisationName}
              slug={slug}
              isViewer={isViewer}
              onCancel={() => setMode('view')}
              onRemoved={isViewer ? onLeft : () => setMode('view')}
            />
          ) : (
            <div className="actions">
              <Button variant="secondary" className="button--small" onClick={() => setMode('edit')}>
                Change<span className="visually-hidden"> {name}’s role</span>
              </Button>
              <Button variant="quiet" className="button--small" onClick={() => setMode('remove')}>
                Remove<span className="visually-hidden"> {name}</span>
              </Button>
            </div>
          )}
        </td>
      ) : null}
    </tr>
  );
}
