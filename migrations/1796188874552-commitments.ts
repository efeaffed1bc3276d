import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Commitments1796188874552 implements MigrationInterface {
  name = 'Commitments1796188874552';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"community_right\" AS ENUM('SHAPE_PUBLIC_SERVICES', 'CONTROL_INVESTMENT', 'BUY_COMMUNITY_ASSETS')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"commitment_progress\" AS ENUM('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DELIVERED', 'DROPPED')",
    );
    await queryRunner.query(
      'CREATE TABLE "commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "party_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "measure" text, "right" "public"."community_right", "due_on" date, "progress" "public"."commitment_progress" NOT NULL DEFAULT \'NOT_STARTED\', "percent_complete" smallint NOT NULL DEFAULT \'0\', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82060edcfe810ce82b7565521af" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_commitments_party_id" ON "commitments"  ("party_id") ');
    await queryRunner.query('CREATE INDEX "IDX_commitments_covenant_id" ON "commitments"  ("covenant_id") ');
    await queryRunner.query(
      'ALTER TABLE "commitments" ADD CONSTRAINT "FK_ea1d533fafa2248b32505cf3b16" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" ADD CONSTRAINT "FK_d676276f23a3fa8e48088e96f90" FOREIGN KEY ("party_id") REFERENCES "covenant_parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitments" ADD CONSTRAINT "FK_285278b3415959a2c90bfbcdeaa" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "commitments" DROP CONSTRAINT "FK_285278b3415959a2c90bfbcdeaa"');
    await queryRunner.query('ALTER TABLE "commitments" DROP CONSTRAINT "FK_d676276f23a3fa8e48088e96f90"');
    await queryRunner.query('ALTER TABLE "commitments" DROP CONSTRAINT "FK_ea1d533fafa2248b32505cf3b16"');
    await queryRunner.query('DROP INDEX "public"."IDX_commitments_covenant_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_commitments_party_id"');
    await queryRunner.query('DROP TABLE "commitments"');
    await queryRunner.query('DROP TYPE "public"."commitment_progress"');
    await queryRunner.query('DROP TYPE "public"."community_right"');
  }
}
