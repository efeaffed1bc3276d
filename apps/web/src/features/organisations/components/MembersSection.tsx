import { organisationPolicy } from '@covenant/domain';
import { AddMemberForm } from './AddMemberForm';
import type { Organisation } from './member';
import { MembersTable } from './MembersTable';
import { RolesExplainer } from './RolesExplainer';

export interface MembersSectionProps {
  organisation: Organisation;
  viewerId: string | null;
  onLeft: () => void;
}

export function MembersSection({ organisation, viewerId, onLeft }: MembersSectionProps) {
  const canManage = organisationPolicy.canManageMembers(organisation.viewerRole ?? null);
  return (
    <section className="section" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      <RolesExplainer />
      <MembersTable
        members={organisation.members}
        organisationName={organisation.name}
        slug={organisation.slug}
        viewerId={viewerId}
        canManage={canManage}
        onLeft={onLeft}
      />
      {canManage ? <AddMemberForm organisationId={organisation.id} slug={organisation.slug} /> : null}
    </section>
  );
}
