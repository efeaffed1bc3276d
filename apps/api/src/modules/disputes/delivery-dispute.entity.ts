import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CommitmentUpdateEntity } from '../commitments/commitment-update.entity';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { UserEntity } from '../users/user.entity';

/** A challenge to a DELIVERED progress report, by a resident or another party, and the reporting party's answer. */
@Entity('delivery_disputes')
@Index('IDX_delivery_disputes_commitment_id_created_at', ['commitmentId', 'createdAt'])
export class DeliveryDisputeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  /** The DELIVERED report disputed. */
  @Index('IDX_delivery_disputes_report_id')
  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => CommitmentUpdateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: CommitmentUpdateEntity;

  @Column({ name: 'raised_by_id', type: 'uuid' })
  raisedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_id' })
  raisedBy?: UserEntity;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ name: 'answered_by_id', type: 'uuid', nullable: true })
  answeredById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy?: UserEntity | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
