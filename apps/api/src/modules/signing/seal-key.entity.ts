import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every public key the platform ever sealed with, so a seal made before a
 * key rotation still verifies, and every process serves the same list. The
 * app's database role may only read and add rows here (see app-role.ts).
 */
@Entity('seal_keys')
export class SealKeyEntity {
  /** A short hash of the public key (see sealKeyId). */
  @PrimaryColumn({ name: 'key_id', type: 'text' })
  keyId!: string;

  /** SPKI PEM. */
  @Column({ name: 'public_key', type: 'text' })
  publicKey!: string;

  @Column({ name: 'first_used_at', type: 'timestamptz', default: () => 'now()' })
  firstUsedAt!: Date;
}
