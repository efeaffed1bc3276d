import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RateLimitHitEntity } from './rate-limit-hit.entity';
import { RateLimitsService } from './rate-limits.service';
import { SessionEntity } from './session.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, RateLimitHitEntity]), UsersModule],
  providers: [AuthService, RateLimitsService, AuthResolver],
  exports: [AuthService],
})
export class AuthModule {}
