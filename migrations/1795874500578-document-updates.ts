import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentUpdates1795874500578 implements MigrationInterface {
  name = 'DocumentUpdates1795874500578';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "covenant_document_updates" ("id" BIGSERIAL NOT NULL, "covenant_id" uuid NOT NULL, "update" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3e51b39d703f172401ba493154b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_covenant_document_updates_covenant_id_id" ON "covenant_document_updates"  ("covenant_id", "id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "covenant_document_updates" ADD CONSTRAINT "FK_ea79dffab1591186b740119508d" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "covenant_document_updates" DROP CONSTRAINT "FK_ea79dffab1591186b740119508d"');
    await queryRunner.query('DROP INDEX "public"."IDX_covenant_document_updates_covenant_id_id"');
    await queryRunner.query('DROP TABLE "covenant_document_updates"');
  }
}
