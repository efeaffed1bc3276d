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
import {
  COMMITMENT_PROGRESSES,
  COMMUNITY_RIGHTS,
  type CommitmentProgress,
  type CommunityRight,
} from '@covenant/domain';
import { AssetEntity } from '../assets/asset.entity';
import { CovenantEntity } from '../covenants/covenant.entity';
import { PartyEntity } from '../covenants/party.entity';
import { UserEntity } from '../users/user.entity';

/** What one party promises to do under a covenant, as drafted now (frozen into each version when signed). */
@Entity('commitments')
@Index('IDX_commitments_covenant_id', ['covenantId'])
@Index('IDX_commitments_party_id', ['partyId'])
export class CommitmentEntity {
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

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  measure!: string | null;

  @Column({ type: 'enum', enum: COMMUNITY_RIGHTS, enumName: 'community_right', nullable: true })
  right!: CommunityRight | null;

  /** The asset of community value it names, in the covenant's neighbourhood. */
  @Index('IDX_commitments_asset_id')
  @Column({ name: 'asset_id', type: 'uuid', nullable: true })
  assetId!: string | null;

  @ManyToOne(() => AssetEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'asset_id' })
  asset?: AssetEntity | null;

  /** The participatory budget whose count made it, when residents chose it. */
  @Index('IDX_commitments_budget_id')
  @Column({ name: 'budget_id', type: 'uuid', nullable: true })
  budgetId!: string | null;

  // Named, not imported: the budgets module builds on this one, not the other way round.
  @ManyToOne('BudgetEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'budget_id' })
  budget?: { id: string } | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'enum', enum: COMMITMENT_PROGRESSES, enumName: 'commitment_progress', default: 'NOT_STARTED' })
  progress!: CommitmentProgress;

  @Column({ name: 'percent_complete', type: 'smallint', default: 0 })
  percentComplete!: number;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
