import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for keyset pages in each list's documented order, and for covenant
 * search (English full text over title and summary; the expression must stay
 * the one `CovenantsService` searches).
 */
export class ReadsAtScale1796412077202 implements MigrationInterface {
  name = 'ReadsAtScale1796412077202';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_covenants_updated_at_id" ON "covenants" ("updated_at", "id")');
    await queryRunner.query('DROP INDEX "public"."IDX_covenants_neighbourhood_id"');
    await queryRunner.query(
      'CREATE INDEX "IDX_covenants_neighbourhood_id_updated_at_id" ON "covenants" ("neighbourhood_id", "updated_at", "id")',
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_covenants_search" ON "covenants" USING GIN (to_tsvector('english'::regconfig, title || ' ' || coalesce(summary, '')))`,
    );
    await queryRunner.query('DROP INDEX "public"."IDX_comments_covenant_id_created_at"');
    await queryRunner.query(
      'CREATE INDEX "IDX_comments_covenant_id_created_at_id" ON "comments" ("covenant_id", "created_at", "id")',
    );
    await queryRunner.query('CREATE INDEX "IDX_organisations_name_id" ON "organisations" ("name", "id")');
    await queryRunner.query('CREATE INDEX "IDX_neighbourhoods_name_id" ON "neighbourhoods" ("name", "id")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_neighbourhoods_name_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_organisations_name_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_comments_covenant_id_created_at_id"');
    await queryRunner.query(
      'CREATE INDEX "IDX_comments_covenant_id_created_at" ON "comments" ("covenant_id", "created_at")',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_covenants_search"');
    await queryRunner.query('DROP INDEX "public"."IDX_covenants_neighbourhood_id_updated_at_id"');
    await queryRunner.query('CREATE INDEX "IDX_covenants_neighbourhood_id" ON "covenants" ("neighbourhood_id")');
    await queryRunner.query('DROP INDEX "public"."IDX_covenants_updated_at_id"');
  }
}
