import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The covenants anyone may read, in the order of the latest: a signed-in count adds the reader's own to the count
 * of these, read from this index alone. The condition is the read rule's `openToAllSql` as it stands here; the
 * entity declares the same.
 */
export class OpenCovenants1796450000000 implements MigrationInterface {
  name = 'OpenCovenants1796450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_covenants_open_updated_at_id" ON "covenants" ("updated_at", "id")
        WHERE visibility = 'PUBLIC' AND status IN ('CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_covenants_open_updated_at_id"');
  }
}
