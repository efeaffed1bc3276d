import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CovenantEntity } from '../modules/covenants/covenant.entity';

/** One acknowledged Yjs update, appended before its ack; folded into the snapshot by compaction. */
@Entity('covenant_document_updates')
@Index('IDX_covenant_document_updates_covenant_id_id', ['covenantId', 'id'])
export class DocumentUpdateEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @ManyToOne(() => CovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;

  @Column({ type: 'bytea' })
  update!: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
