import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { SERVICE_REQUEST_STATUSES, type ServiceRequestStatus } from '@covenant/domain';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** Right to Shape Public Services: a community organisation's request to a public body, and the body's answer. */
@Entity('service_requests')
@Index('IDX_service_requests_neighbourhood_id_submitted_at', ['neighbourhoodId', 'submittedAt'])
export class ServiceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId!: string;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbourhood_id' })
  neighbourhood?: NeighbourhoodEntity;

  @Index('IDX_service_requests_requester_id')
  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_id' })
  requester?: OrganisationEntity;

  @Index('IDX_service_requests_public_body_id')
  @Column({ name: 'public_body_id', type: 'uuid' })
  publicBodyId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'public_body_id' })
  publicBody?: OrganisationEntity;

  @Column({ type: 'text' })
  service!: string;

  @Column({ type: 'text' })
  proposal!: string;

  @Column({ type: 'enum', enum: SERVICE_REQUEST_STATUSES, enumName: 'service_request_status', default: 'SUBMITTED' })
  status!: ServiceRequestStatus;

  @Column({ name: 'submitted_by_id', type: 'uuid' })
  submittedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: UserEntity;

  @Column({ name: 'rule_set', type: 'text' })
  ruleSet!: string;

  @Column({ name: 'response_due_on', type: 'date' })
  responseDueOn!: string;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ name: 'responded_by_id', type: 'uuid', nullable: true })
  respondedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responded_by_id' })
  respondedBy?: UserEntity | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
