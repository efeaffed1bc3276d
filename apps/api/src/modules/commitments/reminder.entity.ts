import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { REMINDER_KINDS, type ReminderKind } from '@covenant/domain';
import { CommitmentEntity } from './commitment.entity';

/** A reminder sent about a commitment: one row per kind and occasion, so none goes twice. */
@Entity('commitment_reminders')
@Index('UQ_commitment_reminders_occasion', ['commitmentId', 'kind', 'occasion'], { unique: true })
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @Column({ type: 'enum', enum: REMINDER_KINDS, enumName: 'reminder_kind' })
  kind!: ReminderKind;

  /** The due day, or the day of the last report, the reminder was about (YYYY-MM-DD). */
  @Column({ type: 'date' })
  occasion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
