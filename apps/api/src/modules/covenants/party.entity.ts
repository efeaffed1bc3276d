import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PARTY_ROLES, PARTY_STATUSES, type PartyRole, type PartyStatus } from '@covenant/domain';
import { CovenantEntity } from './covenant.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** An organisation's place in a covenant. Rows are kept when declined or removed, for the record. */
@Entity('covenant_parties')
@Index('UQ_covenant_parties_active_organisation', ['covenantId', 'organisationId'], {
  unique: true,
  where: `"status" IN ('INVITED', 'ACCEPTED')`,
})
@Index('UQ_covenant_parties_one_countersignatory', ['covenantId'], {
  unique: true,
  where: `"role" = 'COUNTERSIGNATORY' AND "status" IN ('INVITED', 'ACCEPTED')`,
})
export class PartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('IDX_covenant_parties_covenant_id')
  @Column({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;

  @Index('IDX_covenant_parties_organisation_id')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: PARTY_ROLES, enumName: 'party_role' })
  role!: PartyRole;

  @Column({ type: 'enum', enum: PARTY_STATUSES, enumName: 'party_status' })
  status!: PartyStatus;

  @Column({ name: 'invited_at', type: 'timestamptz', default: () => 'now()' })
  invitedAt!: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: UserEntity | null;
}
