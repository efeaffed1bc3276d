import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SIGNATURE_STATUSES, type SignatureStatus } from '@covenant/domain';
import { PartyEntity } from '../covenants/party.entity';
import { UserEntity } from '../users/user.entity';
import { VersionEntity } from './version.entity';

/** One party's signature on one version: who signed, in what capacity, and the hash they saw. */
@Entity('signatures')
// The database itself keeps one valid signature per party per version, whatever races the code misses.
@Index('UQ_signatures_valid_party_version', ['versionId', 'partyId'], { unique: true, where: `status = 'VALID'` })
export class SignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_signatures_version_id')
  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @ManyToOne(() => VersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: VersionEntity;

  @Index('IDX_signatures_party_id')
  @Column({ name: 'party_id', type: 'uuid' })
  partyId!: string;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'party_id' })
  party?: PartyEntity;

  @Column({ name: 'signed_by_id', type: 'uuid' })
  signedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_id' })
  signedBy?: UserEntity;

  @Column({ name: 'signer_name', type: 'text' })
  signerName!: string;

  @Column({ name: 'signer_position', type: 'text' })
  signerPosition!: string;

  @Column({ type: 'text', nullable: true })
  mandate!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz' })
  signedAt!: Date;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'boolean', default: false })
  countersignature!: boolean;

  /** Whether the signing organisation was VERIFIED at that moment; kept as it was. */
  @Column({ name: 'organisation_verified', type: 'boolean', default: false })
  organisationVerified!: boolean;

  /** The domain of the signer's verified e-mail address at that moment. */
  @Column({ name: 'signer_domain', type: 'text', nullable: true })
  signerDomain!: string | null;

  @Column({ type: 'enum', enum: SIGNATURE_STATUSES, enumName: 'signature_status', default: 'VALID' })
  status!: SignatureStatus;
}
