import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationEntity } from './notification.entity';

/**
 * An e-mail to send, written in the transaction of the change it tells of,
 * kept for OUTBOX_KEEP_DAYS once sent (sent_at), and kept when given up on
 * (attempts, last_error).
 */
@Entity('outbox_emails')
@Index('IDX_outbox_emails_pending', ['nextAttemptAt'], { where: '"sent_at" IS NULL' })
@Index('IDX_outbox_emails_sent', ['sentAt'], { where: '"sent_at" IS NOT NULL' })
export class OutboxEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'to_address', type: 'text' })
  toAddress!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The in-app notification this e-mails, marked emailed once it is sent. */
  @Column({ name: 'notification_id', type: 'uuid', nullable: true })
  notificationId!: string | null;

  // The record of what was sent outlives a notification removed with its person.
  @ManyToOne(() => NotificationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'notification_id' })
  notification?: NotificationEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Failed sends so far. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
