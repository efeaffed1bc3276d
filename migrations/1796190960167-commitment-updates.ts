import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommitmentUpdates1796190960167 implements MigrationInterface {
  name = 'CommitmentUpdates1796190960167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "commitment_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "author_id" uuid NOT NULL, "progress" "public"."commitment_progress" NOT NULL, "percent_complete" smallint NOT NULL, "note" text NOT NULL, "evidence_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4873fad4475f02dd27b1d005447" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_commitment_updates_commitment_id_created_at" ON "commitment_updates"  ("commitment_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_updates" ADD CONSTRAINT "FK_b775c62df03e17bafb423a45323" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_updates" ADD CONSTRAINT "FK_369afe9c0411e5cf9d5dda654c0" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "commitment_updates" DROP CONSTRAINT "FK_369afe9c0411e5cf9d5dda654c0"');
    await queryRunner.query('ALTER TABLE "commitment_updates" DROP CONSTRAINT "FK_b775c62df03e17bafb423a45323"');
    await queryRunner.query('DROP INDEX "public"."IDX_commitment_updates_commitment_id_created_at"');
    await queryRunner.query('DROP TABLE "commitment_updates"');
  }
}
