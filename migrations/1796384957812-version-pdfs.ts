import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Complete versions' PDFs, built once and stored. */
export class VersionPdfs1796384957812 implements MigrationInterface {
  name = 'VersionPdfs1796384957812';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "version_pdfs" ("version_id" uuid NOT NULL, "pdf" bytea NOT NULL, "audit_through_seq" integer NOT NULL, "built_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_version_pdfs_version_id" PRIMARY KEY ("version_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "version_pdfs" ADD CONSTRAINT "FK_version_pdfs_version_id" FOREIGN KEY ("version_id") REFERENCES "covenant_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "version_pdfs" DROP CONSTRAINT "FK_version_pdfs_version_id"');
    await queryRunner.query('DROP TABLE "version_pdfs"');
  }
}
