import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One counted attempt (a failed login, a registration); kept in PostgreSQL so every API process sees the same counts. */
@Entity('rate_limit_hits')
@Index('IDX_rate_limit_hits_bucket_key_at', ['bucket', 'key', 'at'])
export class RateLimitHitEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  bucket!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
