import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { AmendmentEntity } from './amendment.entity';

/** One person's support for an amendment. */
@Entity('amendment_supports')
export class AmendmentSupportEntity {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' })
  amendmentId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => AmendmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amendment_id' })
  amendment?: AmendmentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
