/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddMemberInput = {
  /** an existing user's e-mail */
  email: string;
  organisationId: string | number;
  position?: string | null | undefined;
  role: MemberRole;
};

export type AmendmentInput = {
  /** Same encoding as Comment.anchor (start then end relative position). */
  anchor: string;
  covenantId: string | number;
  /** 1 to 5,000 characters. */
  proposedText: string;
  /** The passage to replace, as quoted when proposed. */
  quote: string;
  reason?: string | null | undefined;
};

export type AmendmentStatus =
  /** applied to the text by the convenor */
  | 'ACCEPTED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type AssetStatus =
  | 'LISTED'
  /** awaiting the council's decision */
  | 'NOMINATED'
  | 'NOT_LISTED'
  /** listing ended (its term, or removed on review) */
  | 'REMOVED';

export type BudgetPhase =
  | 'PROPOSALS'
  | 'RESULTS'
  | 'VOTING';

export type BudgetSelection =
  /** added from the leftover after equal shares */
  | 'COMPLETION'
  /** paid for by its supporters' equal shares */
  | 'EQUAL_SHARES';

export type ChangeEmailInput = {
  /** The new address; it must be confirmed by the link sent to it. */
  email: string;
  /** The password the person signs in with. */
  password: string;
};

export type CommentInput = {
  anchor?: string | null | undefined;
  /** Plain text, 1 to 5,000 characters. */
  body: string;
  covenantId: string | number;
  parentId?: string | number | null | undefined;
  quote?: string | null | undefined;
};

export type CommitmentInput = {
  /** An asset of community value in the covenant's neighbourhood. */
  assetId?: string | number | null | undefined;
  covenantId: string | number;
  description?: string | null | undefined;
  /** May be in the past. */
  dueOn?: string | null | undefined;
  measure?: string | null | undefined;
  partyId: string | number;
  right?: CommunityRight | null | undefined;
  title: string;
};

export type CommitmentProgress =
  | 'AT_RISK'
  | 'DELIVERED'
  | 'DROPPED'
  | 'NOT_STARTED'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type CommitmentUpdateInput = {
  commitmentId: string | number;
  /** An absolute http or https URL. */
  evidenceUrl?: string | null | undefined;
  /** 1 to 2,000 characters. */
  note: string;
  percentComplete: number;
  progress: CommitmentProgress;
};

export type CommunityRight =
  | 'BUY_COMMUNITY_ASSETS'
  | 'CONTROL_INVESTMENT'
  | 'SHAPE_PUBLIC_SERVICES';

export type CovenantStatus =
  | 'CONSULTATION'
  | 'DRAFT'
  | 'ENDED'
  | 'IN_FORCE'
  | 'OPEN_FOR_SIGNATURE'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type CreateCovenantInput = {
  /** The community organisation leading; the caller must be its ADMIN. */
  convenorOrganisationId: string | number;
  /** Start from the standard covenant template sections (default) or empty. */
  fromTemplate?: boolean | null | undefined;
  neighbourhoodId: string | number;
  summary?: string | null | undefined;
  title: string;
  visibility?: Visibility | null | undefined;
};

export type CreateNeighbourhoodInput = {
  areaCodes?: Array<string> | null | undefined;
  boundary?: string | null | undefined;
  description?: string | null | undefined;
  localAuthorityId?: string | number | null | undefined;
  name: string;
};

export type CreateOrganisationInput = {
  description?: string | null | undefined;
  kind: OrganisationKind;
  name: string;
  website?: string | null | undefined;
};

export type DisposalPhase =
  | 'FULL_MORATORIUM'
  | 'INTERIM_MORATORIUM'
  /** moratorium over; sale allowed within the protected period */
  | 'OPEN_FOR_SALE'
  | 'PROTECTED_PERIOD_ENDED';

export type EscalationStatus =
  | 'CONCLUDED'
  | 'DISMISSED'
  | 'OPEN'
  | 'RESPONSE_REQUESTED';

export type EscalationSubject =
  | 'ASSET'
  | 'COMMITMENT'
  | 'COVENANT'
  | 'SERVICE_REQUEST';

export type MemberRole =
  /** SIGNATORY + manages members, accepts invitations */
  | 'ADMIN'
  /** can co-draft covenants the organisation is party to */
  | 'MEMBER'
  /** MEMBER + may sign on the organisation’s behalf */
  | 'SIGNATORY';

export type NominateAssetInput = {
  address: string;
  description?: string | null | undefined;
  /** GeoJSON Point (WGS84) as a string. */
  location?: string | null | undefined;
  name: string;
  neighbourhoodId: string | number;
  /** A community group, community business or voluntary organisation; the caller must be its ADMIN. */
  organisationId: string | number;
  ownerName?: string | null | undefined;
};

export type OrganisationKind =
  | 'BUSINESS'
  | 'COMMUNITY_BUSINESS'
  | 'COMMUNITY_GROUP'
  | 'HOUSING_PROVIDER'
  | 'LOCAL_AUTHORITY'
  | 'OTHER'
  | 'PUBLIC_BODY'
  | 'VOLUNTARY_ORGANISATION';

export type PartyRole =
  | 'CONVENOR'
  | 'COUNTERSIGNATORY'
  | 'PARTNER';

export type PartyStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INVITED'
  | 'REMOVED';

export type RegisterInput = {
  displayName: string;
  email: string;
  password: string;
};

export type ResponsePosition =
  | 'AGREE'
  | 'DISAGREE'
  | 'UNSURE';

export type ServiceRequestInput = {
  neighbourhoodId: string | number;
  proposal: string;
  publicBodyOrganisationId: string | number;
  requesterOrganisationId: string | number;
  service: string;
};

export type ServiceRequestStatus =
  | 'ACCEPTED'
  | 'ACCEPTED_WITH_CHANGES'
  | 'REFUSED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type SignInput = {
  /** The signer confirms authority to sign for the organisation; false is BAD_USER_INPUT. */
  confirmAuthority: boolean;
  /** The hash the signer saw; a mismatch means the text changed: CONFLICT. */
  contentHash: string;
  covenantId: string | number;
  /** Reference to the decision that authorises signing (cabinet minute, board resolution, delegation). */
  mandate?: string | null | undefined;
  /** The party to sign for; needed only when the caller may sign for more than one (else BAD_USER_INPUT). */
  partyId?: string | number | null | undefined;
  signerName: string;
  signerPosition: string;
};

export type SignatureStatus =
  /** the version it signed was replaced before completion */
  | 'SUPERSEDED'
  | 'VALID';

export type UpdateCommitmentInput = {
  /** An asset of community value in the covenant's neighbourhood. */
  assetId?: string | number | null | undefined;
  commitmentId: string | number;
  description?: string | null | undefined;
  /** May be in the past. */
  dueOn?: string | null | undefined;
  measure?: string | null | undefined;
  right?: CommunityRight | null | undefined;
  /** Left out, it stays; it cannot be cleared. */
  title?: string | null | undefined;
};

export type UpdateMembershipInput = {
  membershipId: string | number;
  /** Leave out to keep the position; an empty string clears it. */
  position?: string | null | undefined;
  /** Leave out to keep the role. */
  role?: MemberRole | null | undefined;
};

export type VerificationStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'UNVERIFIED'
  | 'VERIFIED';

export type VersionStatus =
  /** was in force when the covenant ended */
  | 'ENDED'
  /** complete, and the covenant's version in force */
  | 'IN_FORCE'
  /** collecting signatures */
  | 'OPEN'
  /** was in force; a later revision came into force */
  | 'REPLACED'
  /** returned to draft before it was complete */
  | 'SUPERSEDED';

export type Visibility =
  | 'PARTIES_ONLY'
  | 'PUBLIC';

export type SubjectEscalationsQueryVariables = Exact<{
  subjectType?: EscalationSubject | null | undefined;
  subjectId?: string | number | null | undefined;
  covenantId?: string | number | null | undefined;
}>;


export type SubjectEscalationsQuery = { escalations: Array<{ id: string, number: number, subjectType: EscalationSubject, subjectId: string, status: EscalationStatus, responseDueOn: string | null, responseOverdue: boolean, findings: string | null, createdAt: string, respondent: { id: string, name: string } | null }> };

export type EscalateMutationVariables = Exact<{
  subjectType: EscalationSubject;
  subjectId: string | number;
  reason: string;
}>;


export type EscalateMutation = { escalate: { id: string, number: number } };

export type AccountabilityQueryVariables = Exact<{
  slug: string;
}>;


export type AccountabilityQuery = { covenant: { id: string, slug: string, title: string, status: CovenantStatus, visibility: Visibility, parties: Array<{ id: string, role: PartyRole, status: PartyStatus, organisation: { id: string, slug: string, name: string } }>, commitments: Array<{ id: string, title: string, description: string | null, measure: string | null, right: CommunityRight | null, dueOn: string | null, progress: CommitmentProgress, percentComplete: number, overdue: boolean, party: { id: string }, asset: { id: string, slug: string, name: string } | null, budget: { id: string, title: string } | null, updates: Array<{ id: string, progress: CommitmentProgress, percentComplete: number, note: string, evidenceUrl: string | null, createdAt: string, author: { id: string, displayName: string } }> }> } | null };

export type CommitmentDisputesQueryVariables = Exact<{
  slug: string;
}>;


export type CommitmentDisputesQuery = { covenant: { id: string, commitments: Array<{ id: string, escalatable: boolean, viewerCanDispute: boolean, disputes: Array<{ id: string, reportId: string, reason: string, evidenceUrl: string | null, answer: string | null, answeredAt: string | null, createdAt: string, escalatableOn: string, viewerCanAnswer: boolean, raisedBy: { id: string, displayName: string } }> }> } | null };

export type DisputeDeliveryMutationVariables = Exact<{
  commitmentId: string | number;
  reason: string;
  evidenceUrl?: string | null | undefined;
}>;


export type DisputeDeliveryMutation = { disputeDelivery: { id: string } };

export type AnswerDisputeMutationVariables = Exact<{
  disputeId: string | number;
  answer: string;
}>;


export type AnswerDisputeMutation = { answerDispute: { id: string } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: { id: string, email: string | null, emailVerified: boolean } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { user: { id: string, displayName: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { user: { id: string, displayName: string } } };

export type EscalationsQueryVariables = Exact<{
  status?: Array<EscalationStatus> | EscalationStatus | null | undefined;
  first: number;
  after?: string | number | null | undefined;
}>;


export type EscalationsQuery = { escalations: Array<{ id: string, number: number, subjectType: EscalationSubject, subjectTitle: string, subjectPath: string, reason: string, status: EscalationStatus, responseDueOn: string | null, responseOverdue: boolean, response: string | null, respondedAt: string | null, findings: string | null, concludedAt: string | null, createdAt: string, neighbourhood: { id: string, slug: string, name: string }, raisedBy: { id: string, displayName: string }, respondent: { id: string, slug: string, name: string } | null, viewerCan: { requestResponse: boolean, respond: boolean, conclude: boolean } }> };

export type RequestEscalationResponseMutationVariables = Exact<{
  escalationId: string | number;
  organisationId: string | number;
  dueOn: string;
}>;


export type RequestEscalationResponseMutation = { requestEscalationResponse: { id: string, status: EscalationStatus } };

export type RespondToEscalationMutationVariables = Exact<{
  escalationId: string | number;
  response: string;
}>;


export type RespondToEscalationMutation = { respondToEscalation: { id: string, response: string | null } };

export type ConcludeEscalationMutationVariables = Exact<{
  escalationId: string | number;
  findings: string;
  dismiss: boolean;
}>;


export type ConcludeEscalationMutation = { concludeEscalation: { id: string, status: EscalationStatus } };

export type RespondentSearchQueryVariables = Exact<{
  search: string;
}>;


export type RespondentSearchQuery = { organisations: Array<{ id: string, name: string }> };

export type AddCommentMutationVariables = Exact<{
  input: CommentInput;
}>;


export type AddCommentMutation = { addComment: { id: string } };

export type AddCommitmentMutationVariables = Exact<{
  input: CommitmentInput;
}>;


export type AddCommitmentMutation = { addCommitment: { id: string, title: string } };

export type ConsultationActivityQueryVariables = Exact<{
  slug: string;
}>;


export type ConsultationActivityQuery = { covenant: { id: string, amendments: Array<{ id: string }>, sections: Array<{ id: string, agree: number, disagree: number, unsure: number }> } | null };

export type CovenantAmendmentsQueryVariables = Exact<{
  slug: string;
}>;


export type CovenantAmendmentsQuery = { covenant: { id: string, amendments: Array<{ id: string, number: number, quote: string, anchor: string, proposedText: string, reason: string | null, status: AmendmentStatus, decisionNote: string | null, decidedAt: string | null, supportCount: number, viewerSupports: boolean, createdAt: string, author: { id: string, displayName: string }, decidedBy: { id: string, displayName: string } | null, viewerCan: { support: boolean, withdraw: boolean, decide: boolean } }> } | null };

export type CovenantAuditQueryVariables = Exact<{
  covenantId: string | number;
  first: number;
  after?: number | null | undefined;
}>;


export type CovenantAuditQuery = { covenantAudit: Array<{ seq: number, at: string, action: string, details: string, actor: { id: string, displayName: string } | null }> };

export type CovenantBudgetsQueryVariables = Exact<{
  slug: string;
}>;


export type CovenantBudgetsQuery = { covenant: { id: string, budgets: Array<{ id: string, title: string, amount: number, phase: BudgetPhase, fundedBy: { id: string, organisation: { id: string, name: string } } }>, viewerCan: { createBudget: boolean } } | null };

export type CovenantCommentsQueryVariables = Exact<{
  slug: string;
  includeResolved: boolean;
  first: number;
  after?: string | number | null | undefined;
}>;


export type CovenantCommentsQuery = { covenant: { id: string, commentCount: number, comments: Array<{ id: string, body: string, quote: string | null, anchor: string | null, resolved: boolean, parentId: string | null, createdAt: string, viewerCan: { resolve: boolean }, author: { id: string, displayName: string } }> } | null };

export type CovenantCommitmentsQueryVariables = Exact<{
  slug: string;
}>;


export type CovenantCommitmentsQuery = { covenant: { id: string, commitments: Array<{ id: string, title: string, description: string | null, measure: string | null, right: CommunityRight | null, dueOn: string | null, progress: CommitmentProgress, percentComplete: number, overdue: boolean, party: { id: string }, asset: { id: string, slug: string, name: string } | null, budget: { id: string, title: string } | null, updates: Array<{ id: string, progress: CommitmentProgress, percentComplete: number, note: string, evidenceUrl: string | null, createdAt: string, author: { id: string, displayName: string } }> }>, viewerCan: { commitmentParties: Array<string>, reportParties: Array<string> } } | null };

export type CovenantNeighbourhoodQueryVariables = Exact<{
  slug: string;
}>;


export type CovenantNeighbourhoodQuery = { neighbourhood: { id: string, slug: string, name: string, localAuthority: { id: string, name: string } | null } | null };

export type CovenantSectionsQueryVariables = Exact<{
  slug: string;
}>;


export type CovenantSectionsQuery = { covenant: { id: string, sections: Array<{ id: string, title: string, agree: number, disagree: number, unsure: number, viewerResponse: ResponsePosition | null }> } | null };

export type CovenantQueryVariables = Exact<{
  slug: string;
}>;


export type CovenantQuery = { covenant: { id: string, slug: string, title: string, summary: string | null, status: CovenantStatus, visibility: Visibility, draftHtml: string, supportCount: number, viewerSupports: boolean, startsOn: string | null, reviewDueOn: string | null, endsOn: string | null, createdAt: string, updatedAt: string, neighbourhood: { id: string, slug: string, name: string }, parties: Array<{ id: string, role: PartyRole, status: PartyStatus, invitedAt: string, respondedAt: string | null, viewerCan: { remove: boolean, leave: boolean, respond: boolean }, organisation: { id: string, slug: string, name: string, kind: OrganisationKind, verification: { status: VerificationStatus, domains: Array<string> }, members: Array<{ id: string, role: MemberRole, user: { id: string, displayName: string } }> } }>, currentVersion: { id: string, number: number, status: VersionStatus, contentHash: string, frozenAt: string, inForceFrom: string | null, complete: boolean, signatures: Array<{ id: string, status: SignatureStatus, signerName: string, signerPosition: string, mandate: string | null, signedAt: string, countersignature: boolean, organisationVerified: boolean, signerDomain: string | null, party: { id: string } }> } | null, versions: Array<{ id: string, number: number, status: VersionStatus, html: string }>, viewerCan: { readWorkingDraft: boolean, edit: boolean, comment: boolean, invite: boolean, support: boolean, proposeAmendment: boolean, decideAmendments: boolean, respond: boolean, transition: Array<CovenantStatus>, sign: boolean, countersign: boolean, signParties: Array<string>, blocked: Array<{ target: CovenantStatus, reason: string }> } } | null };

export type CreateBudgetMutationVariables = Exact<{
  covenantId: string | number;
  partyId: string | number;
  title: string;
  amount: number;
}>;


export type CreateBudgetMutation = { createBudget: { id: string, title: string } };

export type CreateCovenantMutationVariables = Exact<{
  input: CreateCovenantInput;
}>;


export type CreateCovenantMutation = { createCovenant: { id: string, slug: string, title: string } };

export type DecideAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
  accept: boolean;
  note: string;
}>;


export type DecideAmendmentMutation = { decideAmendment: { id: string, status: AmendmentStatus } };

export type InvitePartyMutationVariables = Exact<{
  covenantId: string | number;
  organisationId: string | number;
  role: PartyRole;
}>;


export type InvitePartyMutation = { inviteParty: { id: string, role: PartyRole, status: PartyStatus, organisation: { id: string, name: string } } };

export type CovenantNeighbourhoodAssetsQueryVariables = Exact<{
  id: string | number;
}>;


export type CovenantNeighbourhoodAssetsQuery = { covenant: { id: string, neighbourhood: { id: string, assets: Array<{ id: string, name: string }> } } | null };

export type OrganisationSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type OrganisationSearchQuery = { organisations: Array<{ id: string, slug: string, name: string, kind: OrganisationKind }> };

export type ProposeAmendmentMutationVariables = Exact<{
  input: AmendmentInput;
}>;


export type ProposeAmendmentMutation = { proposeAmendment: { id: string, number: number } };

export type RemoveCommitmentMutationVariables = Exact<{
  commitmentId: string | number;
}>;


export type RemoveCommitmentMutation = { removeCommitment: boolean };

export type RemovePartyMutationVariables = Exact<{
  partyId: string | number;
}>;


export type RemovePartyMutation = { removeParty: { id: string, status: PartyStatus } };

export type ReportProgressMutationVariables = Exact<{
  input: CommitmentUpdateInput;
}>;


export type ReportProgressMutation = { reportProgress: { id: string, progress: CommitmentProgress, percentComplete: number } };

export type ResolveCommentMutationVariables = Exact<{
  commentId: string | number;
}>;


export type ResolveCommentMutation = { resolveComment: { id: string, resolved: boolean } };

export type RespondToSectionMutationVariables = Exact<{
  covenantId: string | number;
  sectionId: string | number;
  position: ResponsePosition;
  comment?: string | null | undefined;
}>;


export type RespondToSectionMutation = { respondToSection: { id: string, agree: number, disagree: number, unsure: number, viewerResponse: ResponsePosition | null } };

export type SectionResponsesQueryVariables = Exact<{
  slug: string;
  sectionId: string | number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type SectionResponsesQuery = { covenant: { id: string, sectionResponses: Array<{ id: string, position: ResponsePosition, comment: string | null, createdAt: string, author: { id: string, displayName: string } }> } | null };

export type SignMutationVariables = Exact<{
  input: SignInput;
}>;


export type SignMutation = { sign: { id: string } };

export type CountersignMutationVariables = Exact<{
  input: SignInput;
}>;


export type CountersignMutation = { countersign: { id: string } };

export type SupportAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
}>;


export type SupportAmendmentMutation = { supportAmendment: { id: string, supportCount: number, viewerSupports: boolean } };

export type SupportCovenantMutationVariables = Exact<{
  covenantId: string | number;
}>;


export type SupportCovenantMutation = { supportCovenant: { id: string, supportCount: number } };

export type OpenConsultationMutationVariables = Exact<{
  covenantId: string | number;
}>;


export type OpenConsultationMutation = { openConsultation: { id: string, status: CovenantStatus } };

export type OpenForSignatureMutationVariables = Exact<{
  covenantId: string | number;
}>;


export type OpenForSignatureMutation = { openForSignature: { id: string, status: CovenantStatus } };

export type ReturnToDraftMutationVariables = Exact<{
  covenantId: string | number;
  reason: string;
}>;


export type ReturnToDraftMutation = { returnToDraft: { id: string, status: CovenantStatus } };

export type StartReviewMutationVariables = Exact<{
  covenantId: string | number;
}>;


export type StartReviewMutation = { startReview: { id: string, status: CovenantStatus } };

export type EndCovenantMutationVariables = Exact<{
  covenantId: string | number;
  reason: string;
}>;


export type EndCovenantMutation = { endCovenant: { id: string, status: CovenantStatus } };

export type WithdrawCovenantMutationVariables = Exact<{
  covenantId: string | number;
  reason: string;
}>;


export type WithdrawCovenantMutation = { withdrawCovenant: { id: string, status: CovenantStatus } };

export type UpdateCommitmentMutationVariables = Exact<{
  input: UpdateCommitmentInput;
}>;


export type UpdateCommitmentMutation = { updateCommitment: { id: string, title: string } };

export type WithdrawAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
}>;


export type WithdrawAmendmentMutation = { withdrawAmendment: { id: string, status: AmendmentStatus } };

export type CovenantSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type CovenantSearchQuery = { covenantCount: number, covenants: Array<{ id: string, slug: string, title: string, status: CovenantStatus, updatedAt: string, neighbourhood: { id: string, slug: string, name: string } }> };

export type NeighbourhoodsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type NeighbourhoodsQuery = { neighbourhoods: Array<{ id: string, slug: string, name: string, description: string | null, areaCodes: Array<string>, localAuthority: { id: string, name: string } | null }> };

export type PendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationsQuery = { pendingInvitations: Array<{ id: string, role: PartyRole, invitedAt: string, organisation: { id: string, name: string }, covenant: { id: string, slug: string, title: string, summary: string | null, neighbourhood: { id: string, name: string } } }> };

export type RespondToInvitationMutationVariables = Exact<{
  partyId: string | number;
  accept: boolean;
}>;


export type RespondToInvitationMutation = { respondToInvitation: { id: string, status: PartyStatus } };

export type ResendEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendEmailVerificationMutation = { resendEmailVerification: boolean };

export type ReviewOrganisationVerificationMutationVariables = Exact<{
  organisationId: string | number;
  approve: boolean;
  note: string;
}>;


export type ReviewOrganisationVerificationMutation = { reviewOrganisationVerification: { id: string, name: string, verification: { status: VerificationStatus, domains: Array<string> } } };

export type VerificationRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type VerificationRequestsQuery = { verificationRequests: Array<{ id: string, slug: string, name: string, kind: OrganisationKind, website: string | null, verification: { status: VerificationStatus, requestedDomain: string | null, evidence: string | null, requestedAt: string | null } }> };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string, email: string | null, emailVerified: boolean } };

export type NationalPictureQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalPictureQuery = { nationalPicture: { neighbourhoods: number, assetsListed: number, moratoriaActive: number, serviceRequestsOverdue: number, escalationsOpen: number, generatedAt: string, covenantsByStatus: Array<{ status: CovenantStatus, count: number }>, commitments: { total: number, overdue: number, byProgress: Array<{ progress: CommitmentProgress, count: number }> }, councils: Array<{ covenantsInForce: number, commitments: number, delivered: number, overdue: number, council: { id: string, slug: string, name: string } }> } };

export type CreateNeighbourhoodMutationVariables = Exact<{
  input: CreateNeighbourhoodInput;
}>;


export type CreateNeighbourhoodMutation = { createNeighbourhood: { id: string, slug: string, name: string } };

export type LocalAuthoritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LocalAuthoritiesQuery = { organisations: Array<{ id: string, slug: string, name: string }> };

export type NeighbourhoodQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { id: string, slug: string, name: string, description: string | null, areaCodes: Array<string>, boundary: string | null, createdAt: string, covenantCount: number, localAuthority: { id: string, slug: string, name: string, verification: { status: VerificationStatus, domains: Array<string> } } | null, covenants: Array<{ id: string, slug: string, title: string, summary: string | null, status: CovenantStatus, commitments: Array<{ id: string, progress: CommitmentProgress, overdue: boolean }> }> } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: Array<{ id: string, kind: string, title: string, body: string, link: string | null, read: boolean, createdAt: string }> };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: { id: string, role: MemberRole, position: string | null, user: { id: string, displayName: string } } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, slug: string, name: string } };

export type OrganisationCommitmentsQueryVariables = Exact<{
  organisationId: string | number;
  first: number;
  after?: string | number | null | undefined;
}>;


export type OrganisationCommitmentsQuery = { commitments: Array<{ id: string, title: string, dueOn: string | null, progress: CommitmentProgress, percentComplete: number, overdue: boolean, covenant: { id: string, slug: string, title: string } }> };

export type OrganisationQueryVariables = Exact<{
  slug: string;
}>;


export type OrganisationQuery = { organisation: { id: string, slug: string, name: string, kind: OrganisationKind, description: string | null, website: string | null, createdAt: string, viewerRole: MemberRole | null, verification: { status: VerificationStatus, domains: Array<string>, verifiedAt: string | null, note: string | null, requestedDomain: string | null, requestedAt: string | null }, parties: Array<{ id: string, role: PartyRole, status: PartyStatus, covenant: { id: string, slug: string, title: string, status: CovenantStatus, neighbourhood: { id: string, name: string } } }>, members: Array<{ id: string, role: MemberRole, position: string | null, user: { id: string, displayName: string, email: string | null } }> } | null };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type RequestOrganisationVerificationMutationVariables = Exact<{
  organisationId: string | number;
  domain: string;
  evidence?: string | null | undefined;
}>;


export type RequestOrganisationVerificationMutation = { requestOrganisationVerification: { id: string, verification: { status: VerificationStatus, requestedDomain: string | null, requestedAt: string | null } } };

export type UpdateMembershipMutationVariables = Exact<{
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipMutation = { updateMembership: { id: string, role: MemberRole, position: string | null } };

export type AdvanceBudgetMutationVariables = Exact<{
  budgetId: string | number;
}>;


export type AdvanceBudgetMutation = { advanceBudget: { id: string, phase: BudgetPhase } };

export type AssetQueryVariables = Exact<{
  slug: string;
}>;


export type AssetQuery = { asset: { id: string, slug: string, name: string, description: string | null, address: string, ownerName: string | null, status: AssetStatus, nominatedAt: string, decisionDueOn: string, decidedOn: string | null, decisionReason: string | null, listedUntil: string | null, neighbourhood: { id: string, slug: string, name: string, localAuthority: { id: string, name: string } | null }, nominatedBy: { id: string, slug: string, name: string }, disposal: { notifiedOn: string, phase: DisposalPhase, phaseEndsOn: string | null, daysLeft: number | null, interimEndsOn: string, fullMoratoriumEndsOn: string | null, protectedPeriodEndsOn: string, bidder: { id: string, slug: string, name: string } | null, timeline: Array<{ phase: DisposalPhase, from: string, to: string | null }> } | null, covenants: Array<{ id: string, slug: string, title: string, status: CovenantStatus }>, ruleSet: { id: string, name: string, source: string }, viewerCan: { decide: boolean, recordDisposal: boolean, requestToBid: boolean } } | null };

export type ParticipatoryBudgetQueryVariables = Exact<{
  id: string | number;
}>;


export type ParticipatoryBudgetQuery = { participatoryBudget: { id: string, title: string, amount: number, phase: BudgetPhase, ballots: number, viewerBallot: Array<string>, share: number | null, spent: number | null, createdAt: string, covenant: { id: string, slug: string, title: string, status: CovenantStatus }, fundedBy: { id: string, organisation: { id: string, slug: string, name: string } }, projects: Array<{ id: string, title: string, description: string | null, cost: number, votes: number | null, selected: boolean | null, chosenBy: BudgetSelection | null, paidPerSupporter: number | null, createdAt: string, proposedBy: { id: string, displayName: string }, commitment: { id: string } | null }>, viewerCan: { propose: boolean, advance: boolean, vote: boolean } } | null };

export type CastBallotMutationVariables = Exact<{
  budgetId: string | number;
  projectIds: Array<string | number> | string | number;
}>;


export type CastBallotMutation = { castBallot: { id: string, ballots: number, viewerBallot: Array<string> } };

export type DecideNominationMutationVariables = Exact<{
  assetId: string | number;
  listed: boolean;
  reason: string;
  decidedOn?: string | null | undefined;
}>;


export type DecideNominationMutation = { decideNomination: { id: string, status: AssetStatus } };

export type NeighbourhoodRightsQueryVariables = Exact<{
  slug: string;
}>;


export type NeighbourhoodRightsQuery = { neighbourhood: { id: string, slug: string, name: string, localAuthority: { id: string, slug: string, name: string } | null, assets: Array<{ id: string, slug: string, name: string, address: string, status: AssetStatus, decisionDueOn: string, listedUntil: string | null, disposal: { phase: DisposalPhase, phaseEndsOn: string | null, daysLeft: number | null, protectedPeriodEndsOn: string } | null }>, serviceRequests: Array<{ id: string, slug: string, service: string, status: ServiceRequestStatus, submittedAt: string, responseDueOn: string, overdue: boolean, daysLeft: number | null, requester: { id: string, name: string }, publicBody: { id: string, name: string } }> } | null };

export type NominateAssetMutationVariables = Exact<{
  input: NominateAssetInput;
}>;


export type NominateAssetMutation = { nominateAsset: { id: string, slug: string, name: string } };

export type ProposeProjectMutationVariables = Exact<{
  budgetId: string | number;
  title: string;
  description?: string | null | undefined;
  cost: number;
}>;


export type ProposeProjectMutation = { proposeProject: { id: string, title: string } };

export type PublicBodySearchQueryVariables = Exact<{
  search: string;
}>;


export type PublicBodySearchQuery = { publicBodies: Array<{ id: string, name: string, verification: { status: VerificationStatus } }>, councils: Array<{ id: string, name: string, verification: { status: VerificationStatus } }> };

export type RecordDisposalNoticeMutationVariables = Exact<{
  assetId: string | number;
  notifiedOn: string;
}>;


export type RecordDisposalNoticeMutation = { recordDisposalNotice: { id: string, status: AssetStatus } };

export type RequestToBidMutationVariables = Exact<{
  assetId: string | number;
  organisationId: string | number;
}>;


export type RequestToBidMutation = { requestToBid: { id: string, disposal: { fullMoratoriumEndsOn: string | null, bidder: { id: string, name: string } | null } | null } };

export type RespondToServiceRequestMutationVariables = Exact<{
  requestId: string | number;
  status: ServiceRequestStatus;
  response: string;
}>;


export type RespondToServiceRequestMutation = { respondToServiceRequest: { id: string, status: ServiceRequestStatus } };

export type ServiceRequestQueryVariables = Exact<{
  slug: string;
}>;


export type ServiceRequestQuery = { serviceRequest: { id: string, slug: string, service: string, proposal: string, status: ServiceRequestStatus, submittedAt: string, responseDueOn: string, respondedAt: string | null, response: string | null, overdue: boolean, daysLeft: number | null, neighbourhood: { id: string, slug: string, name: string }, requester: { id: string, slug: string, name: string }, publicBody: { id: string, slug: string, name: string, verification: { status: VerificationStatus, domains: Array<string> } }, viewerCan: { respond: boolean, withdraw: boolean } } | null };

export type SubmitServiceRequestMutationVariables = Exact<{
  input: ServiceRequestInput;
}>;


export type SubmitServiceRequestMutation = { submitServiceRequest: { id: string, slug: string } };

export type WithdrawServiceRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type WithdrawServiceRequestMutation = { withdrawServiceRequest: { id: string, status: ServiceRequestStatus } };

export type VerificationCovenantQueryVariables = Exact<{
  slug: string;
}>;


export type VerificationCovenantQuery = { covenant: { id: string, slug: string, title: string, status: CovenantStatus, viewerCan: { readWorkingDraft: boolean }, neighbourhood: { name: string, slug: string }, versions: Array<{ id: string, number: number, status: VersionStatus, contentHash: string, frozenAt: string, complete: boolean, inForceFrom: string | null, seal: string | null, sealKeyId: string | null, canonicalContent: string, signatures: Array<{ id: string, signerName: string, signerPosition: string, signedAt: string, contentHash: string, countersignature: boolean, status: SignatureStatus, mandate: string | null, organisationVerified: boolean, signerDomain: string | null, party: { id: string, role: PartyRole, organisation: { name: string, slug: string } } }> }> } | null };

export type VerifyCovenantQueryVariables = Exact<{
  covenantId: string | number;
}>;


export type VerifyCovenantQuery = { verifyCovenant: { valid: boolean, contentHashValid: boolean, htmlValid: boolean, signaturesValid: boolean, sealValid: boolean | null, auditChainValid: boolean, auditEventsChecked: number, problems: Array<string> } };

export type CommitmentRecordFragment = { id: string, title: string, description: string | null, measure: string | null, right: CommunityRight | null, dueOn: string | null, progress: CommitmentProgress, percentComplete: number, overdue: boolean, party: { id: string }, asset: { id: string, slug: string, name: string } | null, budget: { id: string, title: string } | null, updates: Array<{ id: string, progress: CommitmentProgress, percentComplete: number, note: string, evidenceUrl: string | null, createdAt: string, author: { id: string, displayName: string } }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string, email: string | null, emailVerified: boolean, isSteward: boolean, isCommissioner: boolean, memberships: Array<{ id: string, role: MemberRole, position: string | null, organisation: { id: string, slug: string, name: string, kind: OrganisationKind } }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CommitmentRecordFragmentDoc = new TypedDocumentString(`
    fragment CommitmentRecord on Commitment {
  id
  title
  description
  measure
  right
  dueOn
  progress
  percentComplete
  overdue
  party {
    id
  }
  asset {
    id
    slug
    name
  }
  budget {
    id
    title
  }
  updates {
    id
    progress
    percentComplete
    note
    evidenceUrl
    createdAt
    author {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"CommitmentRecord"}) as unknown as TypedDocumentString<CommitmentRecordFragment, unknown>;
export const SubjectEscalationsDocument = new TypedDocumentString(`
    query SubjectEscalations($subjectType: EscalationSubject, $subjectId: ID, $covenantId: ID) {
  escalations(
    subjectType: $subjectType
    subjectId: $subjectId
    covenantId: $covenantId
    first: 100
  ) {
    id
    number
    subjectType
    subjectId
    status
    responseDueOn
    responseOverdue
    findings
    createdAt
    respondent {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectEscalationsQuery, SubjectEscalationsQueryVariables>;
export const EscalateDocument = new TypedDocumentString(`
    mutation Escalate($subjectType: EscalationSubject!, $subjectId: ID!, $reason: String!) {
  escalate(subjectType: $subjectType, subjectId: $subjectId, reason: $reason) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<EscalateMutation, EscalateMutationVariables>;
export const AccountabilityDocument = new TypedDocumentString(`
    query Accountability($slug: String!) {
  covenant(slug: $slug) {
    id
    slug
    title
    status
    visibility
    parties {
      id
      role
      status
      organisation {
        id
        slug
        name
      }
    }
    commitments {
      ...CommitmentRecord
    }
  }
}
    fragment CommitmentRecord on Commitment {
  id
  title
  description
  measure
  right
  dueOn
  progress
  percentComplete
  overdue
  party {
    id
  }
  asset {
    id
    slug
    name
  }
  budget {
    id
    title
  }
  updates {
    id
    progress
    percentComplete
    note
    evidenceUrl
    createdAt
    author {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<AccountabilityQuery, AccountabilityQueryVariables>;
export const CommitmentDisputesDocument = new TypedDocumentString(`
    query CommitmentDisputes($slug: String!) {
  covenant(slug: $slug) {
    id
    commitments {
      id
      escalatable
      viewerCanDispute
      disputes {
        id
        reportId
        reason
        evidenceUrl
        answer
        answeredAt
        createdAt
        escalatableOn
        viewerCanAnswer
        raisedBy {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CommitmentDisputesQuery, CommitmentDisputesQueryVariables>;
export const DisputeDeliveryDocument = new TypedDocumentString(`
    mutation DisputeDelivery($commitmentId: ID!, $reason: String!, $evidenceUrl: String) {
  disputeDelivery(
    commitmentId: $commitmentId
    reason: $reason
    evidenceUrl: $evidenceUrl
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DisputeDeliveryMutation, DisputeDeliveryMutationVariables>;
export const AnswerDisputeDocument = new TypedDocumentString(`
    mutation AnswerDispute($disputeId: ID!, $answer: String!) {
  answerDispute(disputeId: $disputeId, answer: $answer) {
    id
  }
}
    `) as unknown as TypedDocumentString<AnswerDisputeMutation, AnswerDisputeMutationVariables>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($input: ChangeEmailInput!) {
  changeEmail(input: $input) {
    id
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const EscalationsDocument = new TypedDocumentString(`
    query Escalations($status: [EscalationStatus!], $first: Int!, $after: ID) {
  escalations(status: $status, first: $first, after: $after) {
    id
    number
    subjectType
    subjectTitle
    subjectPath
    reason
    status
    responseDueOn
    responseOverdue
    response
    respondedAt
    findings
    concludedAt
    createdAt
    neighbourhood {
      id
      slug
      name
    }
    raisedBy {
      id
      displayName
    }
    respondent {
      id
      slug
      name
    }
    viewerCan {
      requestResponse
      respond
      conclude
    }
  }
}
    `) as unknown as TypedDocumentString<EscalationsQuery, EscalationsQueryVariables>;
export const RequestEscalationResponseDocument = new TypedDocumentString(`
    mutation RequestEscalationResponse($escalationId: ID!, $organisationId: ID!, $dueOn: Date!) {
  requestEscalationResponse(
    escalationId: $escalationId
    organisationId: $organisationId
    dueOn: $dueOn
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RequestEscalationResponseMutation, RequestEscalationResponseMutationVariables>;
export const RespondToEscalationDocument = new TypedDocumentString(`
    mutation RespondToEscalation($escalationId: ID!, $response: String!) {
  respondToEscalation(escalationId: $escalationId, response: $response) {
    id
    response
  }
}
    `) as unknown as TypedDocumentString<RespondToEscalationMutation, RespondToEscalationMutationVariables>;
export const ConcludeEscalationDocument = new TypedDocumentString(`
    mutation ConcludeEscalation($escalationId: ID!, $findings: String!, $dismiss: Boolean!) {
  concludeEscalation(
    escalationId: $escalationId
    findings: $findings
    dismiss: $dismiss
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConcludeEscalationMutation, ConcludeEscalationMutationVariables>;
export const RespondentSearchDocument = new TypedDocumentString(`
    query RespondentSearch($search: String!) {
  organisations(search: $search, first: 10) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RespondentSearchQuery, RespondentSearchQueryVariables>;
export const AddCommentDocument = new TypedDocumentString(`
    mutation AddComment($input: CommentInput!) {
  addComment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCommentMutation, AddCommentMutationVariables>;
export const AddCommitmentDocument = new TypedDocumentString(`
    mutation AddCommitment($input: CommitmentInput!) {
  addCommitment(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AddCommitmentMutation, AddCommitmentMutationVariables>;
export const ConsultationActivityDocument = new TypedDocumentString(`
    query ConsultationActivity($slug: String!) {
  covenant(slug: $slug) {
    id
    amendments {
      id
    }
    sections {
      id
      agree
      disagree
      unsure
    }
  }
}
    `) as unknown as TypedDocumentString<ConsultationActivityQuery, ConsultationActivityQueryVariables>;
export const CovenantAmendmentsDocument = new TypedDocumentString(`
    query CovenantAmendments($slug: String!) {
  covenant(slug: $slug) {
    id
    amendments {
      id
      number
      quote
      anchor
      proposedText
      reason
      status
      decisionNote
      decidedAt
      supportCount
      viewerSupports
      createdAt
      author {
        id
        displayName
      }
      decidedBy {
        id
        displayName
      }
      viewerCan {
        support
        withdraw
        decide
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantAmendmentsQuery, CovenantAmendmentsQueryVariables>;
export const CovenantAuditDocument = new TypedDocumentString(`
    query CovenantAudit($covenantId: ID!, $first: Int!, $after: Int) {
  covenantAudit(covenantId: $covenantId, first: $first, after: $after) {
    seq
    at
    action
    details
    actor {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantAuditQuery, CovenantAuditQueryVariables>;
export const CovenantBudgetsDocument = new TypedDocumentString(`
    query CovenantBudgets($slug: String!) {
  covenant(slug: $slug) {
    id
    budgets {
      id
      title
      amount
      phase
      fundedBy {
        id
        organisation {
          id
          name
        }
      }
    }
    viewerCan {
      createBudget
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantBudgetsQuery, CovenantBudgetsQueryVariables>;
export const CovenantCommentsDocument = new TypedDocumentString(`
    query CovenantComments($slug: String!, $includeResolved: Boolean!, $first: Int!, $after: ID) {
  covenant(slug: $slug) {
    id
    commentCount(includeResolved: $includeResolved)
    comments(includeResolved: $includeResolved, first: $first, after: $after) {
      id
      body
      quote
      anchor
      resolved
      viewerCan {
        resolve
      }
      parentId
      createdAt
      author {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantCommentsQuery, CovenantCommentsQueryVariables>;
export const CovenantCommitmentsDocument = new TypedDocumentString(`
    query CovenantCommitments($slug: String!) {
  covenant(slug: $slug) {
    id
    commitments {
      ...CommitmentRecord
    }
    viewerCan {
      commitmentParties
      reportParties
    }
  }
}
    fragment CommitmentRecord on Commitment {
  id
  title
  description
  measure
  right
  dueOn
  progress
  percentComplete
  overdue
  party {
    id
  }
  asset {
    id
    slug
    name
  }
  budget {
    id
    title
  }
  updates {
    id
    progress
    percentComplete
    note
    evidenceUrl
    createdAt
    author {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<CovenantCommitmentsQuery, CovenantCommitmentsQueryVariables>;
export const CovenantNeighbourhoodDocument = new TypedDocumentString(`
    query CovenantNeighbourhood($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    slug
    name
    localAuthority {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantNeighbourhoodQuery, CovenantNeighbourhoodQueryVariables>;
export const CovenantSectionsDocument = new TypedDocumentString(`
    query CovenantSections($slug: String!) {
  covenant(slug: $slug) {
    id
    sections {
      id
      title
      agree
      disagree
      unsure
      viewerResponse
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantSectionsQuery, CovenantSectionsQueryVariables>;
export const CovenantDocument = new TypedDocumentString(`
    query Covenant($slug: String!) {
  covenant(slug: $slug) {
    id
    slug
    title
    summary
    status
    visibility
    draftHtml
    supportCount
    viewerSupports
    startsOn
    reviewDueOn
    endsOn
    createdAt
    updatedAt
    neighbourhood {
      id
      slug
      name
    }
    parties {
      id
      role
      status
      invitedAt
      respondedAt
      viewerCan {
        remove
        leave
        respond
      }
      organisation {
        id
        slug
        name
        kind
        verification {
          status
          domains
        }
        members {
          id
          role
          user {
            id
            displayName
          }
        }
      }
    }
    currentVersion {
      id
      number
      status
      contentHash
      frozenAt
      inForceFrom
      complete
      signatures {
        id
        status
        signerName
        signerPosition
        mandate
        signedAt
        countersignature
        organisationVerified
        signerDomain
        party {
          id
        }
      }
    }
    versions {
      id
      number
      status
      html
    }
    viewerCan {
      readWorkingDraft
      edit
      comment
      invite
      support
      proposeAmendment
      decideAmendments
      respond
      transition
      blocked {
        target
        reason
      }
      sign
      countersign
      signParties
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantQuery, CovenantQueryVariables>;
export const CreateBudgetDocument = new TypedDocumentString(`
    mutation CreateBudget($covenantId: ID!, $partyId: ID!, $title: String!, $amount: Int!) {
  createBudget(
    covenantId: $covenantId
    partyId: $partyId
    title: $title
    amount: $amount
  ) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CreateBudgetMutation, CreateBudgetMutationVariables>;
export const CreateCovenantDocument = new TypedDocumentString(`
    mutation CreateCovenant($input: CreateCovenantInput!) {
  createCovenant(input: $input) {
    id
    slug
    title
  }
}
    `) as unknown as TypedDocumentString<CreateCovenantMutation, CreateCovenantMutationVariables>;
export const DecideAmendmentDocument = new TypedDocumentString(`
    mutation DecideAmendment($amendmentId: ID!, $accept: Boolean!, $note: String!) {
  decideAmendment(amendmentId: $amendmentId, accept: $accept, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideAmendmentMutation, DecideAmendmentMutationVariables>;
export const InvitePartyDocument = new TypedDocumentString(`
    mutation InviteParty($covenantId: ID!, $organisationId: ID!, $role: PartyRole!) {
  inviteParty(
    covenantId: $covenantId
    organisationId: $organisationId
    role: $role
  ) {
    id
    role
    status
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvitePartyMutation, InvitePartyMutationVariables>;
export const CovenantNeighbourhoodAssetsDocument = new TypedDocumentString(`
    query CovenantNeighbourhoodAssets($id: ID!) {
  covenant(id: $id) {
    id
    neighbourhood {
      id
      assets(status: [NOMINATED, LISTED]) {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantNeighbourhoodAssetsQuery, CovenantNeighbourhoodAssetsQueryVariables>;
export const OrganisationSearchDocument = new TypedDocumentString(`
    query OrganisationSearch($search: String) {
  organisations(search: $search, first: 20) {
    id
    slug
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<OrganisationSearchQuery, OrganisationSearchQueryVariables>;
export const ProposeAmendmentDocument = new TypedDocumentString(`
    mutation ProposeAmendment($input: AmendmentInput!) {
  proposeAmendment(input: $input) {
    id
    number
  }
}
    `) as unknown as TypedDocumentString<ProposeAmendmentMutation, ProposeAmendmentMutationVariables>;
export const RemoveCommitmentDocument = new TypedDocumentString(`
    mutation RemoveCommitment($commitmentId: ID!) {
  removeCommitment(commitmentId: $commitmentId)
}
    `) as unknown as TypedDocumentString<RemoveCommitmentMutation, RemoveCommitmentMutationVariables>;
export const RemovePartyDocument = new TypedDocumentString(`
    mutation RemoveParty($partyId: ID!) {
  removeParty(partyId: $partyId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RemovePartyMutation, RemovePartyMutationVariables>;
export const ReportProgressDocument = new TypedDocumentString(`
    mutation ReportProgress($input: CommitmentUpdateInput!) {
  reportProgress(input: $input) {
    id
    progress
    percentComplete
  }
}
    `) as unknown as TypedDocumentString<ReportProgressMutation, ReportProgressMutationVariables>;
export const ResolveCommentDocument = new TypedDocumentString(`
    mutation ResolveComment($commentId: ID!) {
  resolveComment(commentId: $commentId) {
    id
    resolved
  }
}
    `) as unknown as TypedDocumentString<ResolveCommentMutation, ResolveCommentMutationVariables>;
export const RespondToSectionDocument = new TypedDocumentString(`
    mutation RespondToSection($covenantId: ID!, $sectionId: ID!, $position: ResponsePosition!, $comment: String) {
  respondToSection(
    covenantId: $covenantId
    sectionId: $sectionId
    position: $position
    comment: $comment
  ) {
    id
    agree
    disagree
    unsure
    viewerResponse
  }
}
    `) as unknown as TypedDocumentString<RespondToSectionMutation, RespondToSectionMutationVariables>;
export const SectionResponsesDocument = new TypedDocumentString(`
    query SectionResponses($slug: String!, $sectionId: ID!, $first: Int!, $after: ID) {
  covenant(slug: $slug) {
    id
    sectionResponses(sectionId: $sectionId, first: $first, after: $after) {
      id
      position
      comment
      createdAt
      author {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SectionResponsesQuery, SectionResponsesQueryVariables>;
export const SignDocument = new TypedDocumentString(`
    mutation Sign($input: SignInput!) {
  sign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignMutation, SignMutationVariables>;
export const CountersignDocument = new TypedDocumentString(`
    mutation Countersign($input: SignInput!) {
  countersign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CountersignMutation, CountersignMutationVariables>;
export const SupportAmendmentDocument = new TypedDocumentString(`
    mutation SupportAmendment($amendmentId: ID!) {
  supportAmendment(amendmentId: $amendmentId) {
    id
    supportCount
    viewerSupports
  }
}
    `) as unknown as TypedDocumentString<SupportAmendmentMutation, SupportAmendmentMutationVariables>;
export const SupportCovenantDocument = new TypedDocumentString(`
    mutation SupportCovenant($covenantId: ID!) {
  supportCovenant(covenantId: $covenantId) {
    id
    supportCount
  }
}
    `) as unknown as TypedDocumentString<SupportCovenantMutation, SupportCovenantMutationVariables>;
export const OpenConsultationDocument = new TypedDocumentString(`
    mutation OpenConsultation($covenantId: ID!) {
  openConsultation(covenantId: $covenantId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenConsultationMutation, OpenConsultationMutationVariables>;
export const OpenForSignatureDocument = new TypedDocumentString(`
    mutation OpenForSignature($covenantId: ID!) {
  openForSignature(covenantId: $covenantId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenForSignatureMutation, OpenForSignatureMutationVariables>;
export const ReturnToDraftDocument = new TypedDocumentString(`
    mutation ReturnToDraft($covenantId: ID!, $reason: String!) {
  returnToDraft(covenantId: $covenantId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReturnToDraftMutation, ReturnToDraftMutationVariables>;
export const StartReviewDocument = new TypedDocumentString(`
    mutation StartReview($covenantId: ID!) {
  startReview(covenantId: $covenantId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartReviewMutation, StartReviewMutationVariables>;
export const EndCovenantDocument = new TypedDocumentString(`
    mutation EndCovenant($covenantId: ID!, $reason: String!) {
  endCovenant(covenantId: $covenantId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EndCovenantMutation, EndCovenantMutationVariables>;
export const WithdrawCovenantDocument = new TypedDocumentString(`
    mutation WithdrawCovenant($covenantId: ID!, $reason: String!) {
  withdrawCovenant(covenantId: $covenantId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawCovenantMutation, WithdrawCovenantMutationVariables>;
export const UpdateCommitmentDocument = new TypedDocumentString(`
    mutation UpdateCommitment($input: UpdateCommitmentInput!) {
  updateCommitment(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<UpdateCommitmentMutation, UpdateCommitmentMutationVariables>;
export const WithdrawAmendmentDocument = new TypedDocumentString(`
    mutation WithdrawAmendment($amendmentId: ID!) {
  withdrawAmendment(amendmentId: $amendmentId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawAmendmentMutation, WithdrawAmendmentMutationVariables>;
export const CovenantSearchDocument = new TypedDocumentString(`
    query CovenantSearch($search: String, $first: Int, $after: ID) {
  covenantCount(search: $search)
  covenants(search: $search, first: $first, after: $after) {
    id
    slug
    title
    status
    updatedAt
    neighbourhood {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CovenantSearchQuery, CovenantSearchQueryVariables>;
export const NeighbourhoodsDocument = new TypedDocumentString(`
    query Neighbourhoods($search: String, $first: Int) {
  neighbourhoods(search: $search, first: $first) {
    id
    slug
    name
    description
    areaCodes
    localAuthority {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodsQuery, NeighbourhoodsQueryVariables>;
export const PendingInvitationsDocument = new TypedDocumentString(`
    query PendingInvitations {
  pendingInvitations {
    id
    role
    invitedAt
    organisation {
      id
      name
    }
    covenant {
      id
      slug
      title
      summary
      neighbourhood {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const RespondToInvitationDocument = new TypedDocumentString(`
    mutation RespondToInvitation($partyId: ID!, $accept: Boolean!) {
  respondToInvitation(partyId: $partyId, accept: $accept) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const ResendEmailVerificationDocument = new TypedDocumentString(`
    mutation ResendEmailVerification {
  resendEmailVerification
}
    `) as unknown as TypedDocumentString<ResendEmailVerificationMutation, ResendEmailVerificationMutationVariables>;
export const ReviewOrganisationVerificationDocument = new TypedDocumentString(`
    mutation ReviewOrganisationVerification($organisationId: ID!, $approve: Boolean!, $note: String!) {
  reviewOrganisationVerification(
    organisationId: $organisationId
    approve: $approve
    note: $note
  ) {
    id
    name
    verification {
      status
      domains
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewOrganisationVerificationMutation, ReviewOrganisationVerificationMutationVariables>;
export const VerificationRequestsDocument = new TypedDocumentString(`
    query VerificationRequests {
  verificationRequests(first: 100) {
    id
    slug
    name
    kind
    website
    verification {
      status
      requestedDomain
      evidence
      requestedAt
    }
  }
}
    `) as unknown as TypedDocumentString<VerificationRequestsQuery, VerificationRequestsQueryVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    id
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const NationalPictureDocument = new TypedDocumentString(`
    query NationalPicture {
  nationalPicture {
    neighbourhoods
    covenantsByStatus {
      status
      count
    }
    commitments {
      total
      overdue
      byProgress {
        progress
        count
      }
    }
    assetsListed
    moratoriaActive
    serviceRequestsOverdue
    escalationsOpen
    generatedAt
    councils {
      council {
        id
        slug
        name
      }
      covenantsInForce
      commitments
      delivered
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<NationalPictureQuery, NationalPictureQueryVariables>;
export const CreateNeighbourhoodDocument = new TypedDocumentString(`
    mutation CreateNeighbourhood($input: CreateNeighbourhoodInput!) {
  createNeighbourhood(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateNeighbourhoodMutation, CreateNeighbourhoodMutationVariables>;
export const LocalAuthoritiesDocument = new TypedDocumentString(`
    query LocalAuthorities {
  organisations(kind: LOCAL_AUTHORITY, first: 100) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<LocalAuthoritiesQuery, LocalAuthoritiesQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($slug: String!, $first: Int!, $after: ID) {
  neighbourhood(slug: $slug) {
    id
    slug
    name
    description
    areaCodes
    boundary
    createdAt
    localAuthority {
      id
      slug
      name
      verification {
        status
        domains
      }
    }
    covenantCount
    covenants(first: $first, after: $after) {
      id
      slug
      title
      summary
      status
      commitments {
        id
        progress
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications {
  notifications(first: 20) {
    id
    kind
    title
    body
    link
    read
    createdAt
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const AddMemberDocument = new TypedDocumentString(`
    mutation AddMember($input: AddMemberInput!) {
  addMember(input: $input) {
    id
    role
    position
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AddMemberMutation, AddMemberMutationVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const OrganisationCommitmentsDocument = new TypedDocumentString(`
    query OrganisationCommitments($organisationId: ID!, $first: Int!, $after: ID) {
  commitments(organisationId: $organisationId, first: $first, after: $after) {
    id
    title
    dueOn
    progress
    percentComplete
    overdue
    covenant {
      id
      slug
      title
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationCommitmentsQuery, OrganisationCommitmentsQueryVariables>;
export const OrganisationDocument = new TypedDocumentString(`
    query Organisation($slug: String!) {
  organisation(slug: $slug) {
    id
    slug
    name
    kind
    description
    website
    createdAt
    viewerRole
    verification {
      status
      domains
      verifiedAt
      note
      requestedDomain
      requestedAt
    }
    parties {
      id
      role
      status
      covenant {
        id
        slug
        title
        status
        neighbourhood {
          id
          name
        }
      }
    }
    members {
      id
      role
      position
      user {
        id
        displayName
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisationQuery, OrganisationQueryVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($membershipId: ID!) {
  removeMember(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const RequestOrganisationVerificationDocument = new TypedDocumentString(`
    mutation RequestOrganisationVerification($organisationId: ID!, $domain: String!, $evidence: String) {
  requestOrganisationVerification(
    organisationId: $organisationId
    domain: $domain
    evidence: $evidence
  ) {
    id
    verification {
      status
      requestedDomain
      requestedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RequestOrganisationVerificationMutation, RequestOrganisationVerificationMutationVariables>;
export const UpdateMembershipDocument = new TypedDocumentString(`
    mutation UpdateMembership($input: UpdateMembershipInput!) {
  updateMembership(input: $input) {
    id
    role
    position
  }
}
    `) as unknown as TypedDocumentString<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const AdvanceBudgetDocument = new TypedDocumentString(`
    mutation AdvanceBudget($budgetId: ID!) {
  advanceBudget(budgetId: $budgetId) {
    id
    phase
  }
}
    `) as unknown as TypedDocumentString<AdvanceBudgetMutation, AdvanceBudgetMutationVariables>;
export const AssetDocument = new TypedDocumentString(`
    query Asset($slug: String!) {
  asset(slug: $slug) {
    id
    slug
    name
    description
    address
    ownerName
    status
    nominatedAt
    decisionDueOn
    decidedOn
    decisionReason
    listedUntil
    neighbourhood {
      id
      slug
      name
      localAuthority {
        id
        name
      }
    }
    nominatedBy {
      id
      slug
      name
    }
    disposal {
      notifiedOn
      phase
      phaseEndsOn
      daysLeft
      interimEndsOn
      fullMoratoriumEndsOn
      protectedPeriodEndsOn
      bidder {
        id
        slug
        name
      }
      timeline {
        phase
        from
        to
      }
    }
    covenants {
      id
      slug
      title
      status
    }
    ruleSet {
      id
      name
      source
    }
    viewerCan {
      decide
      recordDisposal
      requestToBid
    }
  }
}
    `) as unknown as TypedDocumentString<AssetQuery, AssetQueryVariables>;
export const ParticipatoryBudgetDocument = new TypedDocumentString(`
    query ParticipatoryBudget($id: ID!) {
  participatoryBudget(id: $id) {
    id
    title
    amount
    phase
    ballots
    viewerBallot
    share
    spent
    createdAt
    covenant {
      id
      slug
      title
      status
    }
    fundedBy {
      id
      organisation {
        id
        slug
        name
      }
    }
    projects {
      id
      title
      description
      cost
      votes
      selected
      chosenBy
      paidPerSupporter
      createdAt
      proposedBy {
        id
        displayName
      }
      commitment {
        id
      }
    }
    viewerCan {
      propose
      advance
      vote
    }
  }
}
    `) as unknown as TypedDocumentString<ParticipatoryBudgetQuery, ParticipatoryBudgetQueryVariables>;
export const CastBallotDocument = new TypedDocumentString(`
    mutation CastBallot($budgetId: ID!, $projectIds: [ID!]!) {
  castBallot(budgetId: $budgetId, projectIds: $projectIds) {
    id
    ballots
    viewerBallot
  }
}
    `) as unknown as TypedDocumentString<CastBallotMutation, CastBallotMutationVariables>;
export const DecideNominationDocument = new TypedDocumentString(`
    mutation DecideNomination($assetId: ID!, $listed: Boolean!, $reason: String!, $decidedOn: Date) {
  decideNomination(
    assetId: $assetId
    listed: $listed
    reason: $reason
    decidedOn: $decidedOn
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideNominationMutation, DecideNominationMutationVariables>;
export const NeighbourhoodRightsDocument = new TypedDocumentString(`
    query NeighbourhoodRights($slug: String!) {
  neighbourhood(slug: $slug) {
    id
    slug
    name
    localAuthority {
      id
      slug
      name
    }
    assets {
      id
      slug
      name
      address
      status
      decisionDueOn
      listedUntil
      disposal {
        phase
        phaseEndsOn
        daysLeft
        protectedPeriodEndsOn
      }
    }
    serviceRequests {
      id
      slug
      service
      status
      submittedAt
      responseDueOn
      overdue
      daysLeft
      requester {
        id
        name
      }
      publicBody {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodRightsQuery, NeighbourhoodRightsQueryVariables>;
export const NominateAssetDocument = new TypedDocumentString(`
    mutation NominateAsset($input: NominateAssetInput!) {
  nominateAsset(input: $input) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<NominateAssetMutation, NominateAssetMutationVariables>;
export const ProposeProjectDocument = new TypedDocumentString(`
    mutation ProposeProject($budgetId: ID!, $title: String!, $description: String, $cost: Int!) {
  proposeProject(
    budgetId: $budgetId
    title: $title
    description: $description
    cost: $cost
  ) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<ProposeProjectMutation, ProposeProjectMutationVariables>;
export const PublicBodySearchDocument = new TypedDocumentString(`
    query PublicBodySearch($search: String!) {
  publicBodies: organisations(search: $search, kind: PUBLIC_BODY, first: 10) {
    id
    name
    verification {
      status
    }
  }
  councils: organisations(search: $search, kind: LOCAL_AUTHORITY, first: 10) {
    id
    name
    verification {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PublicBodySearchQuery, PublicBodySearchQueryVariables>;
export const RecordDisposalNoticeDocument = new TypedDocumentString(`
    mutation RecordDisposalNotice($assetId: ID!, $notifiedOn: Date!) {
  recordDisposalNotice(assetId: $assetId, notifiedOn: $notifiedOn) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordDisposalNoticeMutation, RecordDisposalNoticeMutationVariables>;
export const RequestToBidDocument = new TypedDocumentString(`
    mutation RequestToBid($assetId: ID!, $organisationId: ID!) {
  requestToBid(assetId: $assetId, organisationId: $organisationId) {
    id
    disposal {
      fullMoratoriumEndsOn
      bidder {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RequestToBidMutation, RequestToBidMutationVariables>;
export const RespondToServiceRequestDocument = new TypedDocumentString(`
    mutation RespondToServiceRequest($requestId: ID!, $status: ServiceRequestStatus!, $response: String!) {
  respondToServiceRequest(
    requestId: $requestId
    status: $status
    response: $response
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondToServiceRequestMutation, RespondToServiceRequestMutationVariables>;
export const ServiceRequestDocument = new TypedDocumentString(`
    query ServiceRequest($slug: String!) {
  serviceRequest(slug: $slug) {
    id
    slug
    service
    proposal
    status
    submittedAt
    responseDueOn
    respondedAt
    response
    overdue
    daysLeft
    neighbourhood {
      id
      slug
      name
    }
    requester {
      id
      slug
      name
    }
    publicBody {
      id
      slug
      name
      verification {
        status
        domains
      }
    }
    viewerCan {
      respond
      withdraw
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceRequestQuery, ServiceRequestQueryVariables>;
export const SubmitServiceRequestDocument = new TypedDocumentString(`
    mutation SubmitServiceRequest($input: ServiceRequestInput!) {
  submitServiceRequest(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<SubmitServiceRequestMutation, SubmitServiceRequestMutationVariables>;
export const WithdrawServiceRequestDocument = new TypedDocumentString(`
    mutation WithdrawServiceRequest($requestId: ID!) {
  withdrawServiceRequest(requestId: $requestId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawServiceRequestMutation, WithdrawServiceRequestMutationVariables>;
export const VerificationCovenantDocument = new TypedDocumentString(`
    query VerificationCovenant($slug: String!) {
  covenant(slug: $slug) {
    id
    slug
    title
    status
    viewerCan {
      readWorkingDraft
    }
    neighbourhood {
      name
      slug
    }
    versions {
      id
      number
      status
      contentHash
      frozenAt
      complete
      inForceFrom
      seal
      sealKeyId
      canonicalContent
      signatures {
        id
        signerName
        signerPosition
        signedAt
        contentHash
        countersignature
        status
        mandate
        organisationVerified
        signerDomain
        party {
          id
          role
          organisation {
            name
            slug
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VerificationCovenantQuery, VerificationCovenantQueryVariables>;
export const VerifyCovenantDocument = new TypedDocumentString(`
    query VerifyCovenant($covenantId: ID!) {
  verifyCovenant(covenantId: $covenantId) {
    valid
    contentHashValid
    htmlValid
    signaturesValid
    sealValid
    auditChainValid
    auditEventsChecked
    problems
  }
}
    `) as unknown as TypedDocumentString<VerifyCovenantQuery, VerifyCovenantQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
    email
    emailVerified
    isSteward
    isCommissioner
    memberships {
      id
      role
      position
      organisation {
        id
        slug
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;