import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { EmailProofService } from './email-proof.service';
import { EmailTokenEntity } from './email-token.entity';
import { IdentityResolver, UserIdentityResolver, VerificationRequestResolver } from './identity.resolver';
import { OrganisationVerificationService } from './organisation-verification.service';
import { PlatformRoleEntity } from './platform-role.entity';
import { PlatformRolesService } from './platform-roles.service';
import { VerificationEventEntity } from './verification-event.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([EmailTokenEntity, PlatformRoleEntity, VerificationEventEntity]),
    NotificationsModule,
    OrganisationsModule,
    RateLimitsModule,
  ],
  providers: [
    EmailProofService,
    PlatformRolesService,
    OrganisationVerificationService,
    IdentityResolver,
    UserIdentityResolver,
    VerificationRequestResolver,
  ],
  exports: [EmailProofService, PlatformRolesService],
})
export class IdentityModule {}
