import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rate limits move from one row per attempt to one row per key, counted and recorded by one statement. */
export class RateLimits1796383957812 implements MigrationInterface {
  name = 'RateLimits1796383957812';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_rate_limit_hits_bucket_key_at"');
    await queryRunner.query('DROP TABLE "rate_limit_hits"');
    await queryRunner.query(
      'CREATE TABLE "rate_limits" ("bucket" text NOT NULL, "key" text NOT NULL, "hits" TIMESTAMP WITH TIME ZONE array NOT NULL DEFAULT \'{}\', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_rate_limits_bucket_key" PRIMARY KEY ("bucket", "key"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_rate_limits_expires_at" ON "rate_limits" ("expires_at") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_rate_limits_expires_at"');
    await queryRunner.query('DROP TABLE "rate_limits"');
    await queryRunner.query(
      'CREATE TABLE "rate_limit_hits" ("id" BIGSERIAL NOT NULL, "bucket" text NOT NULL, "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08be639360a0628bcd172fb544c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_rate_limit_hits_bucket_key_at" ON "rate_limit_hits"  ("bucket", "key", "at") ',
    );
  }
}
