import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssetEntity } from './asset.entity';

/** A reminder sent about an asset's deadline: one row per kind and deadline day, so none goes twice. */
@Entity('asset_reminders')
@Index('UQ_asset_reminders_occasion', ['assetId', 'kind', 'occasion'], { unique: true })
export class AssetReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId!: string;

  @ManyToOne(() => AssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: AssetEntity;

  @Column({ type: 'text' })
  kind!: string;

  /** The deadline the reminder was about (YYYY-MM-DD). */
  @Column({ type: 'date' })
  occasion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
