import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SealKeys1796382701181 implements MigrationInterface {
  name = 'SealKeys1796382701181';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "seal_keys" ("key_id" text NOT NULL, "public_key" text NOT NULL, "first_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40d54a047d0d2a61f94ea258e49" PRIMARY KEY ("key_id"))',
    );
    await queryRunner.query('ALTER TABLE "covenant_versions" ADD "seal_key_id" text');
    await queryRunner.query(
      'ALTER TABLE "covenant_versions" ADD CONSTRAINT "FK_3df2337e6dc4763f421cbd7e786" FOREIGN KEY ("seal_key_id") REFERENCES "seal_keys"("key_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // A published key is evidence like the audit trail: changing or removing one would orphan its seals.
    await queryRunner.query(
      "CREATE FUNCTION seal_keys_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'seal_keys rows cannot be changed or deleted (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER seal_keys_insert_only BEFORE UPDATE OR DELETE ON "seal_keys" FOR EACH ROW EXECUTE FUNCTION seal_keys_insert_only()',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER seal_keys_insert_only ON "seal_keys"');
    await queryRunner.query('DROP FUNCTION seal_keys_insert_only()');
    await queryRunner.query('ALTER TABLE "covenant_versions" DROP CONSTRAINT "FK_3df2337e6dc4763f421cbd7e786"');
    await queryRunner.query('ALTER TABLE "covenant_versions" DROP COLUMN "seal_key_id"');
    await queryRunner.query('DROP TABLE "seal_keys"');
  }
}
