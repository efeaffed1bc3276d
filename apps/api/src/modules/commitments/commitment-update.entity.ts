import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { COMMITMENT_PROGRESSES, type CommitmentProgress } from '@covenant/domain';
import { UserEntity } from '../users/user.entity';
import { CommitmentEntity } from './commitment.entity';

/** One progress report on a commitment; kept as its history, never changed. */
@Entity('commitment_updates')
@Index('IDX_commitment_updates_commitment_id_created_at', ['commitmentId', 'createdAt'])
export class CommitmentUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId!: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'enum', enum: COMMITMENT_PROGRESSES, enumName: 'commitment_progress' })
  progress!: CommitmentProgress;

  @Column({ name: 'percent_complete', type: 'smallint' })
  percentComplete!: number;

  @Column({ type: 'text' })
  note!: string;

  @Column({ name: 'evidence_url', type: 'text', nullable: true })
  evidenceUrl!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
