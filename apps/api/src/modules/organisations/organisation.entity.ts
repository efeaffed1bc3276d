import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import {
  ORGANISATION_KINDS,
  VERIFICATION_STATUSES,
  type OrganisationKind,
  type VerificationStatus,
} from '@covenant/domain';

@Entity('organisations')
@Index('IDX_organisations_name_id', ['name', 'id'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({
    name: 'verification_status',
    type: 'enum',
    enum: VERIFICATION_STATUSES,
    enumName: 'verification_status',
    default: 'UNVERIFIED',
  })
  verificationStatus!: VerificationStatus;

  /** Domains a steward confirmed, lower case; emptied when a steward rejects or withdraws the verification. */
  @Column({ name: 'verified_domains', type: 'text', array: true, default: () => "'{}'" })
  verifiedDomains!: string[];

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** The steward's public note on the last review. */
  @Column({ name: 'verification_note', type: 'text', nullable: true })
  verificationNote!: string | null;

  /** The open or last request: shown to stewards and the organisation's admins only. */
  @Column({ name: 'verification_requested_domain', type: 'text', nullable: true })
  verificationRequestedDomain!: string | null;

  @Column({ name: 'verification_evidence', type: 'text', nullable: true })
  verificationEvidence!: string | null;

  @Column({ name: 'verification_requested_at', type: 'timestamptz', nullable: true })
  verificationRequestedAt!: Date | null;

  @Column({ name: 'verification_requested_by_id', type: 'uuid', nullable: true })
  verificationRequestedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
