import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many covenants anyone may read, by status, kept by PostgreSQL as covenants are added, change status or
 * visibility, or go: a count of every covenant a reader may read adds the reader's own to these few rows, instead
 * of counting an index that grows with the platform. The condition is the read rule's `openToAllSql` as it stands
 * here; a test compares the tallies with that rule.
 */
export class OpenCovenantTallies1796460000000 implements MigrationInterface {
  name = 'OpenCovenantTallies1796460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "open_covenant_tallies" (
        "status" "covenant_status" NOT NULL,
        "covenants" integer NOT NULL,
        CONSTRAINT "PK_open_covenant_tallies" PRIMARY KEY ("status"),
        CONSTRAINT "CHK_open_covenant_tallies_covenants" CHECK ("covenants" >= 0))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION tally_open_covenants() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM open_covenant_tallies;
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' AND OLD.visibility = 'PUBLIC'
           AND OLD.status IN ('CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED') THEN
          UPDATE open_covenant_tallies SET covenants = covenants - 1 WHERE status = OLD.status;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.visibility = 'PUBLIC'
           AND NEW.status IN ('CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED') THEN
          INSERT INTO open_covenant_tallies (status, covenants) VALUES (NEW.status, 1)
            ON CONFLICT (status) DO UPDATE SET covenants = open_covenant_tallies.covenants + 1;
        END IF;
        RETURN NULL;
      END $$`,
    );
    // No covenant changes between counting them and the triggers taking over.
    await queryRunner.query('LOCK TABLE "covenants" IN SHARE ROW EXCLUSIVE MODE');
    await queryRunner.query(
      `CREATE TRIGGER "covenants_open_tally_rows" AFTER INSERT OR DELETE ON "covenants"
        FOR EACH ROW EXECUTE FUNCTION tally_open_covenants()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "covenants_open_tally_changes" AFTER UPDATE OF status, visibility ON "covenants"
        FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.visibility IS DISTINCT FROM NEW.visibility)
        EXECUTE FUNCTION tally_open_covenants()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "covenants_open_tally_truncate" AFTER TRUNCATE ON "covenants"
        FOR EACH STATEMENT EXECUTE FUNCTION tally_open_covenants()`,
    );
    await queryRunner.query(
      `INSERT INTO open_covenant_tallies (status, covenants)
       SELECT status, count(*) FROM covenants
        WHERE visibility = 'PUBLIC' AND status IN ('CONSULTATION', 'OPEN_FOR_SIGNATURE', 'IN_FORCE', 'UNDER_REVIEW', 'ENDED')
        GROUP BY status`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "covenants_open_tally_truncate" ON "covenants"');
    await queryRunner.query('DROP TRIGGER "covenants_open_tally_changes" ON "covenants"');
    await queryRunner.query('DROP TRIGGER "covenants_open_tally_rows" ON "covenants"');
    await queryRunner.query('DROP FUNCTION tally_open_covenants()');
    await queryRunner.query('DROP TABLE "open_covenant_tallies"');
  }
}
