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
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

@Entity('neighbourhoods')
@Index('IDX_neighbourhoods_name_id', ['name', 'id'])
export class NeighbourhoodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index('IDX_neighbourhoods_local_authority_id')
  @Column({ name: 'local_authority_id', type: 'uuid', nullable: true })
  localAuthorityId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'local_authority_id' })
  localAuthority?: OrganisationEntity | null;

  /** ONS GSS codes, upper-case. */
  @Column({ name: 'area_codes', type: 'text', array: true, default: () => "'{}'" })
  areaCodes!: string[];

  /** GeoJSON Polygon or MultiPolygon geometry (WGS84), up to 1 MB: read only when asked for (`boundariesOf`). */
  @Column({ type: 'jsonb', nullable: true, select: false })
  boundary?: unknown;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
