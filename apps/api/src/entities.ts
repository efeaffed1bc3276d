import { CovenantDocumentEntity } from './collab/covenant-document.entity';
import { DocumentUpdateEntity } from './collab/document-update.entity';
import { AssetDisposalEntity } from './modules/assets/asset-disposal.entity';
import { AssetReminderEntity } from './modules/assets/asset-reminder.entity';
import { AssetEntity } from './modules/assets/asset.entity';
import { BudgetBallotEntity } from './modules/budgets/budget-ballot.entity';
import { BudgetProjectEntity } from './modules/budgets/budget-project.entity';
import { BudgetEntity } from './modules/budgets/budget.entity';
import { ServiceRequestReminderEntity } from './modules/service-requests/service-request-reminder.entity';
import { ServiceRequestEntity } from './modules/service-requests/service-request.entity';
import { AuditEventEntity } from './modules/audit/audit-event.entity';
import { CommitmentUpdateEntity } from './modules/commitments/commitment-update.entity';
import { CommitmentEntity } from './modules/commitments/commitment.entity';
import { ReminderEntity } from './modules/commitments/reminder.entity';
import { CommentEntity } from './modules/comments/comment.entity';
import { AmendmentEntity } from './modules/consultation/amendment.entity';
import { AmendmentSupportEntity } from './modules/consultation/amendment-support.entity';
import { SectionResponseEntity } from './modules/consultation/section-response.entity';
import { CovenantEntity } from './modules/covenants/covenant.entity';
import { SupportEntity } from './modules/covenants/support.entity';
import { NotificationEntity } from './modules/notifications/notification.entity';
import { OutboxEmailEntity } from './modules/notifications/outbox-email.entity';
import { PartyEntity } from './modules/covenants/party.entity';
import { SealKeyEntity } from './modules/signing/seal-key.entity';
import { SignatureEntity } from './modules/signing/signature.entity';
import { VersionEntity } from './modules/signing/version.entity';
import { VersionPdfEntity } from './modules/signing/version-pdf.entity';
import { SessionEntity } from './modules/auth/session.entity';
import { RateLimitEntity } from './modules/rate-limits/rate-limit.entity';
import { NeighbourhoodEntity } from './modules/neighbourhoods/neighbourhood.entity';
import { MembershipEntity } from './modules/organisations/membership.entity';
import { OrganisationEntity } from './modules/organisations/organisation.entity';
import { UserEntity } from './modules/users/user.entity';
import { EmailTokenEntity } from './modules/identity/email-token.entity';
import { PlatformRoleEntity } from './modules/identity/platform-role.entity';
import { VerificationEventEntity } from './modules/identity/verification-event.entity';

/** Every entity, listed once for the app's data source and the migration CLI alike. */
import { DeliveryDisputeEntity } from './modules/disputes/delivery-dispute.entity';
import { EscalationReminderEntity } from './modules/escalations/escalation-reminder.entity';
import { EscalationEntity } from './modules/escalations/escalation.entity';
export const ENTITIES = [
  UserEntity,
  EmailTokenEntity,
  PlatformRoleEntity,
  SessionEntity,
  RateLimitEntity,
  OrganisationEntity,
  VerificationEventEntity,
  MembershipEntity,
  NeighbourhoodEntity,
  CovenantEntity,
  PartyEntity,
  CovenantDocumentEntity,
  DocumentUpdateEntity,
  SealKeyEntity,
  VersionEntity,
  SignatureEntity,
  VersionPdfEntity,
  CommitmentEntity,
  CommitmentUpdateEntity,
  ReminderEntity,
  CommentEntity,
  SupportEntity,
  AmendmentEntity,
  AmendmentSupportEntity,
  SectionResponseEntity,
  AssetEntity,
  AssetDisposalEntity,
  AssetReminderEntity,
  ServiceRequestEntity,
  ServiceRequestReminderEntity,
  BudgetEntity,
  BudgetProjectEntity,
  BudgetBallotEntity,
  DeliveryDisputeEntity,
  EscalationEntity,
  EscalationReminderEntity,
  AuditEventEntity,
  NotificationEntity,
  OutboxEmailEntity,
];
