import { registerEnumType } from '@nestjs/graphql';
import {
  ESCALATION_STATUSES,
  ESCALATION_SUBJECTS,
  type EscalationStatus,
  type EscalationSubject,
  ASSET_STATUSES,
  BUDGET_PHASES,
  BUDGET_SELECTIONS,
  DISPOSAL_PHASES,
  SERVICE_REQUEST_STATUSES,
  type AssetStatus,
  type BudgetPhase,
  type BudgetSelection,
  type DisposalPhase,
  type ServiceRequestStatus,
  AMENDMENT_STATUSES,
  RESPONSE_POSITIONS,
  type AmendmentStatus,
  type ResponsePosition,
  COMMITMENT_PROGRESSES,
  COMMUNITY_RIGHTS,
  COVENANT_STATUSES,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  PARTY_ROLES,
  PARTY_STATUSES,
  SIGNATURE_STATUSES,
  VERIFICATION_STATUSES,
  VERSION_STATUSES,
  VISIBILITIES,
  type CommitmentProgress,
  type CommunityRight,
  type CovenantStatus,
  type MemberRole,
  type OrganisationKind,
  type PartyRole,
  type PartyStatus,
  type SignatureStatus,
  type VerificationStatus,
  type VersionStatus,
  type Visibility,
} from '@covenant/domain';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

/** The domain's string unions as GraphQL enums, under the contract's names. */
export const OrganisationKindEnum = enumObject<OrganisationKind>(ORGANISATION_KINDS);
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });

export const MemberRoleEnum = enumObject<MemberRole>(MEMBER_ROLES);
registerEnumType(MemberRoleEnum, {
  name: 'MemberRole',
  valuesMap: {
    MEMBER: { description: 'can co-draft covenants the organisation is party to' },
    SIGNATORY: { description: 'MEMBER + may sign on the organisation’s behalf' },
    ADMIN: { description: 'SIGNATORY + manages members, accepts invitations' },
  },
});

export const CovenantStatusEnum = enumObject<CovenantStatus>(COVENANT_STATUSES);
registerEnumType(CovenantStatusEnum, { name: 'CovenantStatus' });

export const VisibilityEnum = enumObject<Visibility>(VISIBILITIES);
registerEnumType(VisibilityEnum, { name: 'Visibility' });

export const PartyRoleEnum = enumObject<PartyRole>(PARTY_ROLES);
registerEnumType(PartyRoleEnum, { name: 'PartyRole' });

export const PartyStatusEnum = enumObject<PartyStatus>(PARTY_STATUSES);
registerEnumType(PartyStatusEnum, { name: 'PartyStatus' });

export const CommunityRightEnum = enumObject<CommunityRight>(COMMUNITY_RIGHTS);
registerEnumType(CommunityRightEnum, { name: 'CommunityRight' });

export const CommitmentProgressEnum = enumObject<CommitmentProgress>(COMMITMENT_PROGRESSES);
registerEnumType(CommitmentProgressEnum, { name: 'CommitmentProgress' });

export const VersionStatusEnum = enumObject<VersionStatus>(VERSION_STATUSES);
registerEnumType(VersionStatusEnum, {
  name: 'VersionStatus',
  valuesMap: {
    OPEN: { description: 'collecting signatures' },
    SUPERSEDED: { description: 'returned to draft before it was complete' },
    IN_FORCE: { description: "complete, and the covenant's version in force" },
    REPLACED: { description: 'was in force; a later revision came into force' },
    ENDED: { description: 'was in force when the covenant ended' },
  },
});

export const SignatureStatusEnum = enumObject<SignatureStatus>(SIGNATURE_STATUSES);
registerEnumType(SignatureStatusEnum, {
  name: 'SignatureStatus',
  valuesMap: { SUPERSEDED: { description: 'the version it signed was replaced before completion' } },
});

export const VerificationStatusEnum = enumObject<VerificationStatus>(VERIFICATION_STATUSES);
registerEnumType(VerificationStatusEnum, { name: 'VerificationStatus' });

export const AmendmentStatusEnum = enumObject<AmendmentStatus>(AMENDMENT_STATUSES);
registerEnumType(AmendmentStatusEnum, {
  name: 'AmendmentStatus',
  valuesMap: { ACCEPTED: { description: 'applied to the text by the convenor' } },
});

export const ResponsePositionEnum = enumObject<ResponsePosition>(RESPONSE_POSITIONS);
registerEnumType(ResponsePositionEnum, { name: 'ResponsePosition' });

export const AssetStatusEnum = enumObject<AssetStatus>(ASSET_STATUSES);
registerEnumType(AssetStatusEnum, {
  name: 'AssetStatus',
  valuesMap: {
    NOMINATED: { description: "awaiting the council's decision" },
    REMOVED: { description: 'listing ended (its term, or removed on review)' },
  },
});

export const DisposalPhaseEnum = enumObject<DisposalPhase>(DISPOSAL_PHASES);
registerEnumType(DisposalPhaseEnum, {
  name: 'DisposalPhase',
  valuesMap: { OPEN_FOR_SALE: { description: 'moratorium over; sale allowed within the protected period' } },
});

export const ServiceRequestStatusEnum = enumObject<ServiceRequestStatus>(SERVICE_REQUEST_STATUSES);
registerEnumType(ServiceRequestStatusEnum, { name: 'ServiceRequestStatus' });

export const BudgetPhaseEnum = enumObject<BudgetPhase>(BUDGET_PHASES);
registerEnumType(BudgetPhaseEnum, { name: 'BudgetPhase' });

export const BudgetSelectionEnum = enumObject<BudgetSelection>(BUDGET_SELECTIONS);
registerEnumType(BudgetSelectionEnum, {
  name: 'BudgetSelection',
  valuesMap: {
    EQUAL_SHARES: { description: "paid for by its supporters' equal shares" },
    COMPLETION: { description: 'added from the leftover after equal shares' },
  },
});

export const EscalationSubjectEnum = enumObject<EscalationSubject>(ESCALATION_SUBJECTS);
registerEnumType(EscalationSubjectEnum, { name: 'EscalationSubject' });

export const EscalationStatusEnum = enumObject<EscalationStatus>(ESCALATION_STATUSES);
registerEnumType(EscalationStatusEnum, { name: 'EscalationStatus' });
