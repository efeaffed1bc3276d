import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { CovenantsModule } from '../covenants/covenants.module';
import { DisputesModule } from '../disputes/disputes.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EscalationReminderEntity } from './escalation-reminder.entity';
import { EscalationEntity } from './escalation.entity';
import { EscalationRemindersService } from './escalation-reminders.service';
import { CommitmentEscalationResolver, EscalationsResolver, UserCommissionerResolver } from './escalations.resolver';
import { EscalationsService } from './escalations.service';

/** The Community Power Commissioner's casework: escalations, responses, findings, reminders. */
@Module({
  imports: [
    TypeOrmModule.forFeature([EscalationEntity, EscalationReminderEntity, CommitmentEntity]),
    CovenantsModule,
    DisputesModule,
    NotificationsModule,
  ],
  providers: [
    EscalationsService,
    EscalationRemindersService,
    EscalationsResolver,
    UserCommissionerResolver,
    CommitmentEscalationResolver,
  ],
  exports: [EscalationsService, EscalationRemindersService],
})
export class EscalationsModule {}
