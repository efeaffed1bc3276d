import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import {
  ESCALATION_STATUSES,
  ESCALATION_SUBJECTS,
  type EscalationStatus,
  type EscalationSubject,
} from '@covenant/domain';
import { CovenantEntity } from '../covenants/covenant.entity';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** A broken promise escalated to the Community Power Commissioner, and the casework on it. */
@Entity('escalations')
@Index('IDX_escalations_created_at_id', ['createdAt', 'id'])
@Index('IDX_escalations_subject', ['subjectType', 'subjectId'])
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The case number people quote. */
  @Index('UQ_escalations_number', { unique: true })
  @Column({ type: 'int' })
  @Generated('increment')
  number!: number;

  @Column({ name: 'subject_type', type: 'enum', enum: ESCALATION_SUBJECTS, enumName: 'escalation_subject' })
  subjectType!: EscalationSubject;

  /** A commitment, service request, asset or covenant: not a foreign key, since it points at one of four tables. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** The subject's title and page when it was escalated, for lists. */
  @Column({ name: 'subject_title', type: 'text' })
  subjectTitle!: string;

  @Column({ name: 'subject_path', type: 'text' })
  subjectPath!: string;

  @Index('IDX_escalations_neighbourhood_id')
  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId!: string;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbourhood_id' })
  neighbourhood?: NeighbourhoodEntity;

  /** The covenant concerned, when there is one: its audit trail records the case, and its read rule hides it. */
  @Index('IDX_escalations_covenant_id')
  @Column({ name: 'covenant_id', type: 'uuid', nullable: true })
  covenantId!: string | null;

  @ManyToOne(() => CovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity | null;

  @Column({ name: 'raised_by_id', type: 'uuid' })
  raisedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_id' })
  raisedBy?: UserEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Index('IDX_escalations_status')
  @Column({ type: 'enum', enum: ESCALATION_STATUSES, enumName: 'escalation_status', default: 'OPEN' })
  status!: EscalationStatus;

  @Index('IDX_escalations_respondent_id')
  @Column({ name: 'respondent_id', type: 'uuid', nullable: true })
  respondentId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'respondent_id' })
  respondent?: OrganisationEntity | null;

  @Column({ name: 'response_due_on', type: 'date', nullable: true })
  responseDueOn!: string | null;

  @Column({ name: 'response_requested_at', type: 'timestamptz', nullable: true })
  responseRequestedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ name: 'responded_by_id', type: 'uuid', nullable: true })
  respondedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responded_by_id' })
  respondedBy?: UserEntity | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  findings!: string | null;

  @Column({ name: 'concluded_at', type: 'timestamptz', nullable: true })
  concludedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
