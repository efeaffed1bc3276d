import type { ResponsePosition } from '@covenant/domain';
import { RESPONSE_POSITIONS } from '@covenant/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CovenantEntity } from '../covenants/covenant.entity';
import { UserEntity } from '../users/user.entity';

/** A person's response to one section of a covenant's text; a second response replaces the first. */
@Entity('section_responses')
@Index('UQ_section_responses_covenant_section_author', ['covenantId', 'sectionId', 'authorId'], { unique: true })
@Index('IDX_section_responses_covenant_id_created_at_id', ['covenantId', 'createdAt', 'id'])
export class SectionResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;

  @Column({ name: 'section_id', type: 'text' })
  sectionId!: string;

  /** The heading's wording when the response was given, for a section whose heading has since gone. */
  @Column({ name: 'section_title', type: 'text' })
  sectionTitle!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'enum', enum: RESPONSE_POSITIONS, enumName: 'response_position' })
  position!: ResponsePosition;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  /** When the response, as it now stands, was given: a replacement moves it to the top. */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
