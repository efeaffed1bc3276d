import type { AmendmentStatus } from '@covenant/domain';
import { AMENDMENT_STATUSES } from '@covenant/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CovenantEntity } from '../covenants/covenant.entity';
import { UserEntity } from '../users/user.entity';

/** Replacement wording for an anchored passage of a covenant's text, proposed by a resident or a party member. */
@Entity('amendments')
@Index('UQ_amendments_covenant_id_number', ['covenantId', 'number'], { unique: true })
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;

  /** 1, 2, 3 … per covenant. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  quote!: string;

  /** Yjs relative positions (base64), start then end, as for comments. */
  @Column({ type: 'text' })
  anchor!: string;

  @Column({ name: 'proposed_text', type: 'text' })
  proposedText!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'enum', enum: AMENDMENT_STATUSES, enumName: 'amendment_status', default: 'PROPOSED' })
  status!: AmendmentStatus;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
