import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Covenants1795871845497 implements MigrationInterface {
  name = 'Covenants1795871845497';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"covenant_status\" AS ENUM('DRAFT', 'CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED', 'WITHDRAWN')",
    );
    await queryRunner.query('CREATE TYPE "public"."covenant_visibility" AS ENUM(\'PUBLIC\', \'PARTIES_ONLY\')');
    await queryRunner.query(
      'CREATE TABLE "covenants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "title" text NOT NULL, "summary" text, "neighbourhood_id" uuid NOT NULL, "status" "public"."covenant_status" NOT NULL DEFAULT \'DRAFT\', "visibility" "public"."covenant_visibility" NOT NULL DEFAULT \'PUBLIC\', "ever_in_force" boolean NOT NULL DEFAULT false, "starts_on" date, "review_due_on" date, "ends_on" date, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_15fbc16083b55da5710dcbb36a5" UNIQUE ("slug"), CONSTRAINT "PK_b8eac0d4e96481711fdd634c769" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_covenants_neighbourhood_id" ON "covenants"  ("neighbourhood_id") ');
    await queryRunner.query(
      'CREATE TABLE "covenant_documents" ("covenant_id" uuid NOT NULL, "state" bytea NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_02b4810468c35fbac9d26c8c961" PRIMARY KEY ("covenant_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_events" ("covenant_id" uuid NOT NULL, "seq" integer NOT NULL, "at" text NOT NULL, "actor_id" uuid, "action" text NOT NULL, "details" text NOT NULL, "hash" text NOT NULL, "prev_hash" text NOT NULL, CONSTRAINT "PK_0591cd4fae2fd14c50788a66d1b" PRIMARY KEY ("covenant_id", "seq"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "quote" text, "anchor" text, "parent_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_comments_covenant_id_created_at" ON "comments"  ("covenant_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "supports" ("covenant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7389b0e238b8b372b4bd4984bae" PRIMARY KEY ("covenant_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "covenant_id" uuid, "emailed_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notifications_user_id_created_at" ON "notifications"  ("user_id", "created_at") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"party_role\" AS ENUM('CONVENOR', 'PARTNER', 'COUNTERSIGNATORY')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"party_status\" AS ENUM('INVITED', 'ACCEPTED', 'DECLINED', 'REMOVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "covenant_parties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" "public"."party_role" NOT NULL, "status" "public"."party_status" NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "responded_at" TIMESTAMP WITH TIME ZONE, "invited_by_id" uuid, CONSTRAINT "PK_a3174dca37cff99c47d8d428ab2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_covenant_parties_covenant_id" ON "covenant_parties"  ("covenant_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_covenant_parties_organisation_id" ON "covenant_parties"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_covenant_parties_one_countersignatory" ON "covenant_parties"  ("covenant_id") WHERE "role" = \'COUNTERSIGNATORY\' AND "status" IN (\'INVITED\', \'ACCEPTED\')',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_covenant_parties_active_organisation" ON "covenant_parties"  ("covenant_id", "organisation_id") WHERE "status" IN (\'INVITED\', \'ACCEPTED\')',
    );
    await queryRunner.query(
      'ALTER TABLE "covenants" ADD CONSTRAINT "FK_d85b1d3cb35c096d3ab7d766bc1" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "covenants" ADD CONSTRAINT "FK_96a73989bfd19cae121832af482" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "covenant_documents" ADD CONSTRAINT "FK_02b4810468c35fbac9d26c8c961" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "FK_04fe73105b927cb232928e285bc" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "audit_events" ADD CONSTRAINT "FK_04c7c044146c6632491a370fc04" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_84fe8366ff132fe0df2bf6ae661" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_d6f93329801a93536da4241e386" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_bcc18f4dca9fb98a8b74eddedd6" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supports" ADD CONSTRAINT "FK_61d09a80f530271c5cb5ff0004e" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "supports" ADD CONSTRAINT "FK_ba8fa43046519c0520db7e70f45" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "covenant_parties" ADD CONSTRAINT "FK_84105519687c528d5410d485670" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "covenant_parties" ADD CONSTRAINT "FK_6bc9dc41264cad1d40e4f391386" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "covenant_parties" ADD CONSTRAINT "FK_3617049098c9d326b3b46db5248" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // The audit trail is insert-only, enforced by PostgreSQL itself and not only by the code.
    await queryRunner.query(
      "CREATE FUNCTION audit_events_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events rows cannot be changed or deleted (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_events_insert_only BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_insert_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_events_insert_only ON "audit_events"');
    await queryRunner.query('DROP FUNCTION audit_events_insert_only()');
    await queryRunner.query('ALTER TABLE "covenant_parties" DROP CONSTRAINT "FK_3617049098c9d326b3b46db5248"');
    await queryRunner.query('ALTER TABLE "covenant_parties" DROP CONSTRAINT "FK_6bc9dc41264cad1d40e4f391386"');
    await queryRunner.query('ALTER TABLE "covenant_parties" DROP CONSTRAINT "FK_84105519687c528d5410d485670"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"');
    await queryRunner.query('ALTER TABLE "supports" DROP CONSTRAINT "FK_ba8fa43046519c0520db7e70f45"');
    await queryRunner.query('ALTER TABLE "supports" DROP CONSTRAINT "FK_61d09a80f530271c5cb5ff0004e"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_bcc18f4dca9fb98a8b74eddedd6"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_d6f93329801a93536da4241e386"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"');
    await queryRunner.query('ALTER TABLE "comments" DROP CONSTRAINT "FK_84fe8366ff132fe0df2bf6ae661"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "FK_04c7c044146c6632491a370fc04"');
    await queryRunner.query('ALTER TABLE "audit_events" DROP CONSTRAINT "FK_04fe73105b927cb232928e285bc"');
    await queryRunner.query('ALTER TABLE "covenant_documents" DROP CONSTRAINT "FK_02b4810468c35fbac9d26c8c961"');
    await queryRunner.query('ALTER TABLE "covenants" DROP CONSTRAINT "FK_96a73989bfd19cae121832af482"');
    await queryRunner.query('ALTER TABLE "covenants" DROP CONSTRAINT "FK_d85b1d3cb35c096d3ab7d766bc1"');
    await queryRunner.query('DROP INDEX "public"."UQ_covenant_parties_active_organisation"');
    await queryRunner.query('DROP INDEX "public"."UQ_covenant_parties_one_countersignatory"');
    await queryRunner.query('DROP INDEX "public"."IDX_covenant_parties_organisation_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_covenant_parties_covenant_id"');
    await queryRunner.query('DROP TABLE "covenant_parties"');
    await queryRunner.query('DROP TYPE "public"."party_status"');
    await queryRunner.query('DROP TYPE "public"."party_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_notifications_user_id_created_at"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP TABLE "supports"');
    await queryRunner.query('DROP INDEX "public"."IDX_comments_covenant_id_created_at"');
    await queryRunner.query('DROP TABLE "comments"');
    await queryRunner.query('DROP TABLE "audit_events"');
    await queryRunner.query('DROP TABLE "covenant_documents"');
    await queryRunner.query('DROP INDEX "public"."IDX_covenants_neighbourhood_id"');
    await queryRunner.query('DROP TABLE "covenants"');
    await queryRunner.query('DROP TYPE "public"."covenant_visibility"');
    await queryRunner.query('DROP TYPE "public"."covenant_status"');
  }
}
