import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * One link of a covenant's hash chain. Insert-only: a PostgreSQL trigger
 * refuses UPDATE and DELETE (see the migration).
 */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryColumn({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  /** Exactly as served and hashed: ISO-8601 UTC with milliseconds. */
  @Column({ type: 'text' })
  at!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;

  @Column({ type: 'text' })
  action!: string;

  /** A JSON object, stored as the exact string that was hashed. */
  @Column({ type: 'text' })
  details!: string;

  @Column({ type: 'text' })
  hash!: string;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;
}
