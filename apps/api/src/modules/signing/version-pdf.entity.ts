import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { VersionEntity } from './version.entity';

/**
 * A complete version's PDF, built once and served as stored from then on. In
 * its own table, so reading versions never drags the bytes along.
 */
@Entity('version_pdfs')
export class VersionPdfEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid', primaryKeyConstraintName: 'PK_version_pdfs_version_id' })
  versionId!: string;

  @OneToOne(() => VersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'FK_version_pdfs_version_id' })
  version?: VersionEntity;

  @Column({ type: 'bytea' })
  pdf!: Buffer;

  /** Its audit trail ends with this event: the one that brought the version into force. */
  @Column({ name: 'audit_through_seq', type: 'integer' })
  auditThroughSeq!: number;

  @CreateDateColumn({ name: 'built_at', type: 'timestamptz' })
  builtAt!: Date;
}
