import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The attempts one key (an IP, an e-mail and IP pair, an account) made in its
 * window, as one row: every count is an update of that row, so concurrent
 * attempts, on any API process, queue on its lock instead of all reading the
 * same count.
 */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_rate_limits_bucket_key' })
  bucket!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_rate_limits_bucket_key' })
  key!: string;

  /** When each counted attempt in the window was made; older ones are dropped at the next count. */
  @Column({ type: 'timestamptz', array: true, default: () => "'{}'" })
  hits!: Date[];

  /** After this the row counts nothing any more, and the sweep deletes it. */
  @Index('IDX_rate_limits_expires_at')
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
