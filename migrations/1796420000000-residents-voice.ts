import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Residents' voice in consultation: amendments to the text with their supports, and responses per section. */
export class ResidentsVoice1796420000000 implements MigrationInterface {
  name = 'ResidentsVoice1796420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."amendment_status" AS ENUM('PROPOSED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "amendments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "number" integer NOT NULL, "author_id" uuid NOT NULL, "quote" text NOT NULL, "anchor" text NOT NULL, "proposed_text" text NOT NULL, "reason" text, "status" "public"."amendment_status" NOT NULL DEFAULT 'PROPOSED', "decision_note" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_232751b4529e81fd8a6b2847ace" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_amendments_covenant_id_number" ON "amendments"  ("covenant_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "amendment_supports" ("amendment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0f8561a5b7e4da762f23c903c3" PRIMARY KEY ("amendment_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."response_position" AS ENUM('AGREE', 'DISAGREE', 'UNSURE')`);
    await queryRunner.query(
      `CREATE TABLE "section_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "section_id" text NOT NULL, "section_title" text NOT NULL, "author_id" uuid NOT NULL, "position" "public"."response_position" NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2af4623899930ba2d2c4bba2eed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_section_responses_covenant_id_created_at_id" ON "section_responses"  ("covenant_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_section_responses_covenant_section_author" ON "section_responses"  ("covenant_id", "section_id", "author_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "amendments" ADD CONSTRAINT "FK_c9e7ab0a2f4d30c22f346b81ae9" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendments" ADD CONSTRAINT "FK_180a2d70b70aac39b378470e35a" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendments" ADD CONSTRAINT "FK_27453430371420f54fe8597061c" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_supports" ADD CONSTRAINT "FK_3b2a16e8bdaf67f2cf27a64877e" FOREIGN KEY ("amendment_id") REFERENCES "amendments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "amendment_supports" ADD CONSTRAINT "FK_7a160ec3dbcf99ac6e7116faf39" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "section_responses" ADD CONSTRAINT "FK_fd98bcc02c3b150a3b8b6575558" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "section_responses" ADD CONSTRAINT "FK_afa1f05697808b842ab82c4a9e3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "section_responses" DROP CONSTRAINT "FK_afa1f05697808b842ab82c4a9e3"`);
    await queryRunner.query(`ALTER TABLE "section_responses" DROP CONSTRAINT "FK_fd98bcc02c3b150a3b8b6575558"`);
    await queryRunner.query(`ALTER TABLE "amendment_supports" DROP CONSTRAINT "FK_7a160ec3dbcf99ac6e7116faf39"`);
    await queryRunner.query(`ALTER TABLE "amendment_supports" DROP CONSTRAINT "FK_3b2a16e8bdaf67f2cf27a64877e"`);
    await queryRunner.query(`ALTER TABLE "amendments" DROP CONSTRAINT "FK_27453430371420f54fe8597061c"`);
    await queryRunner.query(`ALTER TABLE "amendments" DROP CONSTRAINT "FK_180a2d70b70aac39b378470e35a"`);
    await queryRunner.query(`ALTER TABLE "amendments" DROP CONSTRAINT "FK_c9e7ab0a2f4d30c22f346b81ae9"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_amendments_covenant_id_number"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_section_responses_covenant_id_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_section_responses_covenant_section_author"`);
    await queryRunner.query(`DROP TABLE "section_responses"`);
    await queryRunner.query(`DROP TYPE "public"."response_position"`);
    await queryRunner.query(`DROP TABLE "amendment_supports"`);
    await queryRunner.query(`DROP TABLE "amendments"`);
    await queryRunner.query(`DROP TYPE "public"."amendment_status"`);
  }
}
