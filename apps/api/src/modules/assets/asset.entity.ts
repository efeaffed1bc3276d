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
import { ASSET_STATUSES, type AssetStatus } from '@covenant/domain';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** A building or space nominated as an asset of community value, and the council's decision on it. */
@Entity('community_assets')
@Index('IDX_community_assets_neighbourhood_id_name', ['neighbourhoodId', 'name'])
export class AssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId!: string;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbourhood_id' })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  address!: string;

  /** A GeoJSON Point (WGS84), as given. */
  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ name: 'owner_name', type: 'text', nullable: true })
  ownerName!: string | null;

  @Index('IDX_community_assets_nominated_by_id')
  @Column({ name: 'nominated_by_id', type: 'uuid' })
  nominatedById!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominated_by_id' })
  nominatedBy?: OrganisationEntity;

  @Column({ name: 'nominated_by_user_id', type: 'uuid' })
  nominatedByUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominated_by_user_id' })
  nominatedByUser?: UserEntity;

  /** The rule set whose periods apply (libs/domain RIGHTS_RULE_SETS), fixed when nominated. */
  @Column({ name: 'rule_set', type: 'text' })
  ruleSet!: string;

  /** As decided; a listing past its term reads REMOVED without being written. */
  @Column({ type: 'enum', enum: ASSET_STATUSES, enumName: 'asset_status', default: 'NOMINATED' })
  status!: AssetStatus;

  @Column({ name: 'decision_due_on', type: 'date' })
  decisionDueOn!: string;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity | null;

  @Column({ name: 'listed_until', type: 'date', nullable: true })
  listedUntil!: string | null;

  @CreateDateColumn({ name: 'nominated_at', type: 'timestamptz' })
  nominatedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
