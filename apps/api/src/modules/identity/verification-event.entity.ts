import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

export const VERIFICATION_EVENT_KINDS = ['REQUESTED', 'APPROVED', 'REJECTED'] as const;
export type VerificationEventKind = (typeof VERIFICATION_EVENT_KINDS)[number];

/** Every request and review of an organisation's verification, kept for good: rows are never changed or deleted. */
@Entity('organisation_verification_events')
export class VerificationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_organisation_verification_events_organisation_id')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: VERIFICATION_EVENT_KINDS, enumName: 'verification_event_kind' })
  kind!: VerificationEventKind;

  /** Who asked or reviewed; the account may later be gone, the record stays. */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'text' })
  actorEmail!: string;

  @Column({ type: 'text' })
  domain!: string;

  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
