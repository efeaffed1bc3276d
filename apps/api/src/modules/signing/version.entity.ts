import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { VERSION_STATUSES, type VersionStatus } from '@covenant/domain';
import { CovenantEntity } from '../covenants/covenant.entity';
import { UserEntity } from '../users/user.entity';
import { SealKeyEntity } from './seal-key.entity';

/** A covenant's text, parties and commitments frozen for signature, with the hash everyone signs. */
@Entity('covenant_versions')
@Unique('UQ_covenant_versions_number', ['covenantId', 'number'])
export class VersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_covenant_versions_covenant_id')
  @Column({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CovenantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'enum', enum: VERSION_STATUSES, enumName: 'version_status', default: 'OPEN' })
  status!: VersionStatus;

  /** The exact JSON string that was hashed. */
  @Column({ name: 'canonical_content', type: 'text' })
  canonicalContent!: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'text' })
  html!: string;

  @Column({ name: 'frozen_at', type: 'timestamptz' })
  frozenAt!: Date;

  @Column({ name: 'frozen_by_id', type: 'uuid' })
  frozenById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'frozen_by_id' })
  frozenBy?: UserEntity;

  @Column({ name: 'in_force_from', type: 'date', nullable: true })
  inForceFrom!: string | null;

  @Column({ type: 'text', nullable: true })
  seal!: string | null;

  /** The key that made the seal; null for seals made before keys were named (checked against every key). */
  @Column({ name: 'seal_key_id', type: 'text', nullable: true })
  sealKeyId!: string | null;

  @ManyToOne(() => SealKeyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'seal_key_id' })
  sealKey?: SealKeyEntity | null;
}
