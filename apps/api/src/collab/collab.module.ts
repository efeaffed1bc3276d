import { Module } from '@nestjs/common';
import { AuthModule } from '../modules/auth/auth.module';
import { CovenantsModule } from '../modules/covenants/covenants.module';
import { UsersModule } from '../modules/users/users.module';
import { CollabGateway } from './collab.gateway';
import { DocumentsModule } from './documents.module';
import { CollabAdmission } from './session/admission';
import { CollabRooms } from './session/collab-rooms';

@Module({
  imports: [AuthModule, UsersModule, CovenantsModule, DocumentsModule],
  providers: [CollabGateway, CollabAdmission, CollabRooms],
})
export class CollabModule {}
