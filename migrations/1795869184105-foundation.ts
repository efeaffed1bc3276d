import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795869184105 implements MigrationInterface {
  name = 'Foundation1795869184105';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limit_hits" ("id" BIGSERIAL NOT NULL, "bucket" text NOT NULL, "key" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08be639360a0628bcd172fb544c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_rate_limit_hits_bucket_key_at" ON "rate_limit_hits"  ("bucket", "key", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_sessions_user_id" ON "sessions"  ("user_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('COMMUNITY_GROUP', 'COMMUNITY_BUSINESS', 'VOLUNTARY_ORGANISATION', 'LOCAL_AUTHORITY', 'PUBLIC_BODY', 'HOUSING_PROVIDER', 'BUSINESS', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "description" text, "website" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_db67ac918db3917134d0c9edbb3" UNIQUE ("slug"), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "neighbourhoods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "description" text, "local_authority_id" uuid, "area_codes" text array NOT NULL DEFAULT \'{}\', "boundary" jsonb, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0dd54ea23974d425817429bea13" UNIQUE ("slug"), CONSTRAINT "PK_b38b737170a483f9c4a3087af64" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_neighbourhoods_local_authority_id" ON "neighbourhoods"  ("local_authority_id") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"member_role\" AS ENUM('MEMBER', 'SIGNATORY', 'ADMIN')");
    await queryRunner.query(
      'CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" "public"."member_role" NOT NULL, "position" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_memberships_user_organisation" UNIQUE ("user_id", "organisation_id"), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_memberships_organisation_id" ON "memberships"  ("organisation_id") ');
    await queryRunner.query(
      'ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "neighbourhoods" ADD CONSTRAINT "FK_a9821c728fcbf23fee33e9ada1b" FOREIGN KEY ("local_authority_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "neighbourhoods" ADD CONSTRAINT "FK_ebed0e742896ab94c0fc7fb0c1a" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"');
    await queryRunner.query('ALTER TABLE "neighbourhoods" DROP CONSTRAINT "FK_ebed0e742896ab94c0fc7fb0c1a"');
    await queryRunner.query('ALTER TABLE "neighbourhoods" DROP CONSTRAINT "FK_a9821c728fcbf23fee33e9ada1b"');
    await queryRunner.query('ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"');
    await queryRunner.query('DROP INDEX "public"."IDX_memberships_organisation_id"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP TYPE "public"."member_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_neighbourhoods_local_authority_id"');
    await queryRunner.query('DROP TABLE "neighbourhoods"');
    await queryRunner.query('DROP TABLE "organisations"');
    await queryRunner.query('DROP TYPE "public"."organisation_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_sessions_user_id"');
    await queryRunner.query('DROP TABLE "sessions"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP INDEX "public"."IDX_rate_limit_hits_bucket_key_at"');
    await queryRunner.query('DROP TABLE "rate_limit_hits"');
  }
}
