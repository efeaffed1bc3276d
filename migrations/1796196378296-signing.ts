import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Signing1796196378296 implements MigrationInterface {
  name = 'Signing1796196378296';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"version_status\" AS ENUM('OPEN', 'SUPERSEDED', 'IN_FORCE', 'REPLACED', 'ENDED')",
    );
    await queryRunner.query(
      'CREATE TABLE "covenant_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."version_status" NOT NULL DEFAULT \'OPEN\', "canonical_content" text NOT NULL, "content_hash" text NOT NULL, "html" text NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "frozen_by_id" uuid NOT NULL, "in_force_from" date, "seal" text, CONSTRAINT "UQ_covenant_versions_number" UNIQUE ("covenant_id", "number"), CONSTRAINT "PK_e310ae639832e621f5abc04bf47" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_covenant_versions_covenant_id" ON "covenant_versions"  ("covenant_id") ',
    );
    await queryRunner.query('CREATE TYPE "public"."signature_status" AS ENUM(\'VALID\', \'SUPERSEDED\')');
    await queryRunner.query(
      'CREATE TABLE "signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "party_id" uuid NOT NULL, "signed_by_id" uuid NOT NULL, "signer_name" text NOT NULL, "signer_position" text NOT NULL, "mandate" text, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "content_hash" text NOT NULL, "countersignature" boolean NOT NULL DEFAULT false, "status" "public"."signature_status" NOT NULL DEFAULT \'VALID\', CONSTRAINT "PK_f56eb3cd344ce7f9ae28ce814eb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_signatures_version_id" ON "signatures"  ("version_id") ');
    await queryRunner.query('CREATE INDEX "IDX_signatures_party_id" ON "signatures"  ("party_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_signatures_valid_party_version" ON "signatures"  ("version_id", "party_id") WHERE status = \'VALID\'',
    );
    await queryRunner.query(
      'ALTER TABLE "covenant_versions" ADD CONSTRAINT "FK_0fe5e23b45292c40dc285c4068a" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "covenant_versions" ADD CONSTRAINT "FK_d8600bca91de7edd811e5a2e691" FOREIGN KEY ("frozen_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "signatures" ADD CONSTRAINT "FK_41055f17dce38f9780de925ad64" FOREIGN KEY ("version_id") REFERENCES "covenant_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "signatures" ADD CONSTRAINT "FK_faaf70ae3a89146c59c6f8d2a32" FOREIGN KEY ("party_id") REFERENCES "covenant_parties"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "signatures" ADD CONSTRAINT "FK_090e9759e6be6cf79d73bf1f260" FOREIGN KEY ("signed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "signatures" DROP CONSTRAINT "FK_090e9759e6be6cf79d73bf1f260"');
    await queryRunner.query('ALTER TABLE "signatures" DROP CONSTRAINT "FK_faaf70ae3a89146c59c6f8d2a32"');
    await queryRunner.query('ALTER TABLE "signatures" DROP CONSTRAINT "FK_41055f17dce38f9780de925ad64"');
    await queryRunner.query('ALTER TABLE "covenant_versions" DROP CONSTRAINT "FK_d8600bca91de7edd811e5a2e691"');
    await queryRunner.query('ALTER TABLE "covenant_versions" DROP CONSTRAINT "FK_0fe5e23b45292c40dc285c4068a"');
    await queryRunner.query('DROP INDEX "public"."UQ_signatures_valid_party_version"');
    await queryRunner.query('DROP INDEX "public"."IDX_signatures_party_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_signatures_version_id"');
    await queryRunner.query('DROP TABLE "signatures"');
    await queryRunner.query('DROP TYPE "public"."signature_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_covenant_versions_covenant_id"');
    await queryRunner.query('DROP TABLE "covenant_versions"');
    await queryRunner.query('DROP TYPE "public"."version_status"');
  }
}
