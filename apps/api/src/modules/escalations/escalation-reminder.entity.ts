import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EscalationEntity } from './escalation.entity';

/** A reminder sent to a respondent about its due day: one row per due day, so none goes twice. */
@Entity('escalation_reminders')
@Index('UQ_escalation_reminders_occasion', ['escalationId', 'occasion'], { unique: true })
export class EscalationReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'escalation_id', type: 'uuid' })
  escalationId!: string;

  @ManyToOne(() => EscalationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: EscalationEntity;

  /** The response due day the reminder was about (YYYY-MM-DD). */
  @Column({ type: 'date' })
  occasion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
