import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Proved e-mail addresses, organisations verified by domain, platform stewards, and what a signature attests. */
export class VerifiedIdentities1796394887899 implements MigrationInterface {
  name = 'VerifiedIdentities1796394887899';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "email_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "email" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_8acb431edfc9f9d0e77741468ed" UNIQUE ("token_hash"), CONSTRAINT "PK_08abb3fa348e894c274a6730d35" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_email_tokens_user_id" ON "email_tokens"  ("user_id") ');
    await queryRunner.query('CREATE TYPE "public"."platform_role" AS ENUM(\'STEWARD\', \'COMMISSIONER\')');
    await queryRunner.query(
      'CREATE TABLE "platform_roles" ("user_id" uuid NOT NULL, "role" "public"."platform_role" NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_337520d8f933b7bde1e0363a94d" PRIMARY KEY ("user_id", "role"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"verification_event_kind\" AS ENUM('REQUESTED', 'APPROVED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "organisation_verification_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" "public"."verification_event_kind" NOT NULL, "actor_id" uuid, "actor_email" text NOT NULL, "domain" text NOT NULL, "evidence" text, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ee13a8866dfde4f32bdca2640b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_organisation_verification_events_organisation_id" ON "organisation_verification_events"  ("organisation_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"verification_status\" AS ENUM('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED')",
    );
    await queryRunner.query(
      'ALTER TABLE "organisations" ADD "verification_status" "public"."verification_status" NOT NULL DEFAULT \'UNVERIFIED\'',
    );
    await queryRunner.query('ALTER TABLE "organisations" ADD "verified_domains" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "organisations" ADD "verified_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "organisations" ADD "verification_note" text');
    await queryRunner.query('ALTER TABLE "organisations" ADD "verification_requested_domain" text');
    await queryRunner.query('ALTER TABLE "organisations" ADD "verification_evidence" text');
    await queryRunner.query('ALTER TABLE "organisations" ADD "verification_requested_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "organisations" ADD "verification_requested_by_id" uuid');
    await queryRunner.query('ALTER TABLE "users" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "signatures" ADD "organisation_verified" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "signatures" ADD "signer_domain" text');
    await queryRunner.query(
      'ALTER TABLE "email_tokens" ADD CONSTRAINT "FK_018295f41628791c301bfe8b625" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "platform_roles" ADD CONSTRAINT "FK_f34815057b59e6137b11263f0f8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organisation_verification_events" ADD CONSTRAINT "FK_339414e8711e2700c08586815e8" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Reviews are evidence like the audit trail: a steward's decision stays as it was made.
    await queryRunner.query(
      "CREATE FUNCTION organisation_verification_events_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'organisation_verification_events rows cannot be changed or deleted (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER organisation_verification_events_insert_only BEFORE UPDATE OR DELETE ON "organisation_verification_events" FOR EACH ROW EXECUTE FUNCTION organisation_verification_events_insert_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER organisation_verification_events_insert_only ON "organisation_verification_events"',
    );
    await queryRunner.query('DROP FUNCTION organisation_verification_events_insert_only()');
    await queryRunner.query(
      'ALTER TABLE "organisation_verification_events" DROP CONSTRAINT "FK_339414e8711e2700c08586815e8"',
    );
    await queryRunner.query('ALTER TABLE "platform_roles" DROP CONSTRAINT "FK_f34815057b59e6137b11263f0f8"');
    await queryRunner.query('ALTER TABLE "email_tokens" DROP CONSTRAINT "FK_018295f41628791c301bfe8b625"');
    await queryRunner.query('ALTER TABLE "signatures" DROP COLUMN "signer_domain"');
    await queryRunner.query('ALTER TABLE "signatures" DROP COLUMN "organisation_verified"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "email_verified_at"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verification_requested_by_id"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verification_requested_at"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verification_evidence"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verification_requested_domain"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verification_note"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verified_at"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verified_domains"');
    await queryRunner.query('ALTER TABLE "organisations" DROP COLUMN "verification_status"');
    await queryRunner.query('DROP TYPE "public"."verification_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_organisation_verification_events_organisation_id"');
    await queryRunner.query('DROP TABLE "organisation_verification_events"');
    await queryRunner.query('DROP TYPE "public"."verification_event_kind"');
    await queryRunner.query('DROP TABLE "platform_roles"');
    await queryRunner.query('DROP TYPE "public"."platform_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_email_tokens_user_id"');
    await queryRunner.query('DROP TABLE "email_tokens"');
  }
}
