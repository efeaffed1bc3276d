/** What the community-rights rules need to know of the person asking: the organisations they act for. */
import type { Decision, RightsOrganisation, RightsViewer } from '@covenant/domain';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { AppError } from '../../core/errors/app-error';
import { MembershipEntity } from './membership.entity';
import type { OrganisationEntity } from './organisation.entity';

export function rightsViewer(viewer: Viewer | null, memberships: readonly MembershipEntity[]): RightsViewer {
  return {
    signedIn: !!viewer,
    emailVerified: viewer?.emailVerified ?? false,
    memberships: memberships.flatMap((m) =>
      m.organisation ? [{ organisationId: m.organisationId, role: m.role, organisationKind: m.organisation.kind }] : [],
    ),
  };
}

/** The viewer's memberships as they are inside the caller's transaction. */
export async function rightsViewerIn(manager: EntityManager, viewer: Viewer): Promise<RightsViewer> {
  const memberships = await manager.find(MembershipEntity, {
    where: { userId: viewer.userId },
    relations: { organisation: true },
  });
  return rightsViewer(viewer, memberships);
}

export function rightsOrganisation(organisation: OrganisationEntity): RightsOrganisation {
  const { id, name, kind } = organisation;
  return { id, name, kind, verified: organisation.verificationStatus === 'VERIFIED' };
}

/** Throws the rule's refusal as an error with its code and reason. */
export function requireAllowed(decision: Decision): void {
  if (!decision.allowed) throw new AppError(decision.code, decision.reason);
}
