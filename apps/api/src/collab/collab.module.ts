import { Module } from '@nestjs/common';
import { AuthModule } from '../modules/auth/auth.module';
import { CollabGateway } from './collab.gateway';

@Module({
  imports: [AuthModule],
  providers: [CollabGateway],
})
export class CollabModule {}
