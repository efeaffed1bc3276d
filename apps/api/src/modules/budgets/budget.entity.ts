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
import { BUDGET_PHASES, type BudgetPhase } from '@covenant/domain';
import { CovenantEntity } from '../covenants/covenant.entity';
import { PartyEntity } from '../covenants/party.entity';
import { UserEntity } from '../users/user.entity';

/** Right to Control Investment: an amount a party puts to the neighbourhood under a covenant in force. */
@Entity('participatory_budgets')
@Index('IDX_participatory_budgets_covenant_id_created_at', ['covenantId', 'createdAt'])
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;

  @Column({ name: 'party_id', type: 'uuid' })
  partyId!: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'party_id' })
  party?: PartyEntity;

  @Column({ type: 'text' })
  title!: string;

  /** Whole pounds. */
  @Column({ type: 'int' })
  amount!: number;

  @Column({ type: 'enum', enum: BUDGET_PHASES, enumName: 'budget_phase', default: 'PROPOSALS' })
  phase!: BudgetPhase;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  /** amount / voters at the count, in pounds; null before. */
  @Column({ type: 'double precision', nullable: true })
  share!: number | null;

  /** Total cost of the winners; null before the count. */
  @Column({ type: 'int', nullable: true })
  spent!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
