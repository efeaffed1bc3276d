import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceRequestEntity } from './service-request.entity';

/** A reminder sent to a public body about its response deadline: one row per deadline, so none goes twice. */
@Entity('service_request_reminders')
@Index('UQ_service_request_reminders_occasion', ['requestId', 'occasion'], { unique: true })
export class ServiceRequestReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => ServiceRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: ServiceRequestEntity;

  /** The response due day the reminder was about (YYYY-MM-DD). */
  @Column({ type: 'date' })
  occasion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
