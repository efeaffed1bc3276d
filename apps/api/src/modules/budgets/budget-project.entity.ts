import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BUDGET_SELECTIONS, type BudgetSelection } from '@covenant/domain';
import { CommitmentEntity } from '../commitments/commitment.entity';
import { UserEntity } from '../users/user.entity';
import { BudgetEntity } from './budget.entity';

/** A project a resident proposes for a budget; its count and, if it wins, the commitment it became. */
@Entity('budget_projects')
@Index('IDX_budget_projects_budget_id_created_at', ['budgetId', 'createdAt'])
export class BudgetProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  budgetId!: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Whole pounds. */
  @Column({ type: 'int' })
  cost!: number;

  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy?: UserEntity;

  /** Set at the count. */
  @Column({ type: 'int', nullable: true })
  votes!: number | null;

  @Column({ type: 'boolean', nullable: true })
  selected!: boolean | null;

  @Column({ name: 'chosen_by', type: 'enum', enum: BUDGET_SELECTIONS, enumName: 'budget_selection', nullable: true })
  chosenBy!: BudgetSelection | null;

  @Column({ name: 'paid_per_supporter', type: 'double precision', nullable: true })
  paidPerSupporter!: number | null;

  @Index('IDX_budget_projects_commitment_id')
  @Column({ name: 'commitment_id', type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
