import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CovenantEntity } from '../modules/covenants/covenant.entity';

/** The covenant's live Yjs document, as a snapshot (Y.encodeStateAsUpdate). */
@Entity('covenant_documents')
export class CovenantDocumentEntity {
  @PrimaryColumn({ name: 'covenant_id', type: 'uuid' })
  covenantId!: string;

  @OneToOne(() => CovenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'covenant_id' })
  covenant?: CovenantEntity;

  @Column({ type: 'bytea' })
  state!: Buffer;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
