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
import { COVENANT_STATUSES, VISIBILITIES, type CovenantStatus, type Visibility } from '@covenant/domain';
import { NeighbourhoodEntity } from '../neighbourhoods/neighbourhood.entity';
import { UserEntity } from '../users/user.entity';

@Entity('covenants')
@Index('IDX_covenants_updated_at_id', ['updatedAt', 'id'])
@Index('IDX_covenants_neighbourhood_id_updated_at_id', ['neighbourhoodId', 'updatedAt', 'id'])
// What anyone may read (`openToAllSql`), newest change first: the latest covenants, and a count of them when a filter
// rules out the tallies (`open_covenant_tallies`), read from the index alone.
@Index('IDX_covenants_open_updated_at_id', ['updatedAt', 'id'], {
  where: `visibility = 'PUBLIC' AND status IN ('CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED')`,
})
export class CovenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId!: string;

  @ManyToOne(() => NeighbourhoodEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'neighbourhood_id' })
  neighbourhood?: NeighbourhoodEntity;

  @Column({ type: 'enum', enum: COVENANT_STATUSES, enumName: 'covenant_status', default: 'DRAFT' })
  status!: CovenantStatus;

  @Column({ type: 'enum', enum: VISIBILITIES, enumName: 'covenant_visibility', default: 'PUBLIC' })
  visibility!: Visibility;

  /** True once any version has been in force: a covenant that was ever in force cannot be withdrawn. */
  @Column({ name: 'ever_in_force', type: 'boolean', default: false })
  everInForce!: boolean;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'review_due_on', type: 'date', nullable: true })
  reviewDueOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

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
