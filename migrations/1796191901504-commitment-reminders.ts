import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommitmentReminders1796191901504 implements MigrationInterface {
  name = 'CommitmentReminders1796191901504';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"reminder_kind\" AS ENUM('DUE_SOON', 'OVERDUE', 'NO_PROGRESS')");
    await queryRunner.query(
      'CREATE TABLE "commitment_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "kind" "public"."reminder_kind" NOT NULL, "occasion" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_79e7f66e5efa791f1d67c1bef71" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_commitment_reminders_occasion" ON "commitment_reminders"  ("commitment_id", "kind", "occasion") ',
    );
    await queryRunner.query(
      'ALTER TABLE "commitment_reminders" ADD CONSTRAINT "FK_3a0ebfcaccfca0506d9fb085a99" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "commitment_reminders" DROP CONSTRAINT "FK_3a0ebfcaccfca0506d9fb085a99"');
    await queryRunner.query('DROP INDEX "public"."UQ_commitment_reminders_occasion"');
    await queryRunner.query('DROP TABLE "commitment_reminders"');
    await queryRunner.query('DROP TYPE "public"."reminder_kind"');
  }
}
