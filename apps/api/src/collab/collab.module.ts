import { Module } from '@nestjs/common';
import { AuthModule } from '../modules/auth/auth.module';
import { CovenantsModule } from '../modules/covenants/covenants.module';
import { UsersModule } from '../modules/users/users.module';
import { CollabBus } from './collab-bus';
import { CollabGateway } from './collab.gateway';
import { DocumentRegistry } from './document-registry';
import { DocumentsModule } from './documents.module';
import { CollabAdmission } from './session/admission';
import { CollabRooms } from './session/collab-rooms';

@Module({
  imports: [AuthModule, UsersModule, CovenantsModule, DocumentsModule],
  providers: [CollabBus, CollabGateway, CollabAdmission, CollabRooms, DocumentRegistry],
})
export class CollabModule {}
