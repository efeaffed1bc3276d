import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import { AssetEntity } from './asset.entity';

/** An owner's notice of disposal of a listed asset: the day it starts the moratorium clocks, and the bidder if any. */
@Entity('asset_disposals')
@Index('IDX_asset_disposals_asset_id_notified_on', ['assetId', 'notifiedOn'])
export class AssetDisposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId!: string;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: AssetEntity;

  @Column({ name: 'notified_on', type: 'date' })
  notifiedOn!: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @Column({ name: 'bidder_id', type: 'uuid', nullable: true })
  bidderId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bidder_id' })
  bidder?: OrganisationEntity | null;

  @Column({ name: 'bid_requested_at', type: 'timestamptz', nullable: true })
  bidRequestedAt!: Date | null;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
