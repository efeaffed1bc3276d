import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export const PLATFORM_ROLES = ['STEWARD', 'COMMISSIONER'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** An office on the platform itself, granted and revoked on the command line only. */
@Entity('platform_roles')
export class PlatformRoleEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'enum', enum: PLATFORM_ROLES, enumName: 'platform_role' })
  role!: PlatformRole;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
