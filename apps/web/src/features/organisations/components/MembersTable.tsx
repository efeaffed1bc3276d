import type { Member } from './member';
import { MemberRow } from './MemberRow';

export interface MembersTableProps {
  members: readonly Member[];
  organisationName: string;
  slug: string;
  viewerId: string | null;
  canManage: boolean;
  onLeft: () => void;
}

export function MembersTable({ members, organisationName, slug, viewerId, canManage, onLeft }: MembersTableProps) {
  return (
    <table className="members">
      <caption className="visually-hidden">Members of {organisationName}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Position</th>
          {canManage ? <th scope="col">Manage</th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <MemberRow
            key={member.id}
            member={member}
            organisationName={organisationName}
            slug={slug}
            canManage={canManage}
            isViewer={member.user.id === viewerId}
            onLeft={onLeft}
          />
        ))}
      </tbody>
    </table>
  );
}
