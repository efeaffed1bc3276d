import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Community Power Commissioner: escalations with their casework and
 * reminders, and disputes of DELIVERED progress reports.
 */
export class Commissioner1796440000000 implements MigrationInterface {
  name = 'Commissioner1796440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "delivery_disputes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commitment_id" uuid NOT NULL, "report_id" uuid NOT NULL, "raised_by_id" uuid NOT NULL, "reason" text NOT NULL, "evidence_url" text, "answer" text, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f55cd6d3ff0e0c0223b60e29d5e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_delivery_disputes_report_id" ON "delivery_disputes"  ("report_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_delivery_disputes_commitment_id_created_at" ON "delivery_disputes"  ("commitment_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."escalation_subject" AS ENUM('COMMITMENT', 'SERVICE_REQUEST', 'ASSET', 'COVENANT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."escalation_status" AS ENUM('OPEN', 'RESPONSE_REQUESTED', 'CONCLUDED', 'DISMISSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "escalations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "subject_type" "public"."escalation_subject" NOT NULL, "subject_id" uuid NOT NULL, "subject_title" text NOT NULL, "subject_path" text NOT NULL, "neighbourhood_id" uuid NOT NULL, "covenant_id" uuid, "raised_by_id" uuid NOT NULL, "reason" text NOT NULL, "status" "public"."escalation_status" NOT NULL DEFAULT 'OPEN', "respondent_id" uuid, "response_due_on" date, "response_requested_at" TIMESTAMP WITH TIME ZONE, "response" text, "responded_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "findings" text, "concluded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_652a394609addaa4b0f2b3032a1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_escalations_number" ON "escalations"  ("number")`);
    await queryRunner.query(`CREATE INDEX "IDX_escalations_neighbourhood_id" ON "escalations"  ("neighbourhood_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_escalations_covenant_id" ON "escalations"  ("covenant_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_escalations_status" ON "escalations"  ("status")`);
    await queryRunner.query(`CREATE INDEX "IDX_escalations_respondent_id" ON "escalations"  ("respondent_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_escalations_subject" ON "escalations"  ("subject_type", "subject_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_escalations_created_at_id" ON "escalations"  ("created_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "escalation_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "escalation_id" uuid NOT NULL, "occasion" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9900c741c992431f35609c4ccac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_escalation_reminders_occasion" ON "escalation_reminders"  ("escalation_id", "occasion")`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_disputes" ADD CONSTRAINT "FK_cac56e5b8a2563768b8754a1f89" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_disputes" ADD CONSTRAINT "FK_e3933f89770156e86ccafb9cc90" FOREIGN KEY ("report_id") REFERENCES "commitment_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_disputes" ADD CONSTRAINT "FK_7031e0cf5d52343ec1e709f928e" FOREIGN KEY ("raised_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "delivery_disputes" ADD CONSTRAINT "FK_b31d810e44ceb6e4ad4a299e3ae" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_28eec64fedfbf017fdb9e84bde4" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_27ffb4cb782618034d3e444f03f" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_9e7d6964f0bd8def221f0515241" FOREIGN KEY ("raised_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_6e13a3d25d3df52d44ae4d1f735" FOREIGN KEY ("respondent_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalations" ADD CONSTRAINT "FK_2b20ce34705fd60125c2c68f458" FOREIGN KEY ("responded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "escalation_reminders" ADD CONSTRAINT "FK_5eeab8742ed9b43c4262476d288" FOREIGN KEY ("escalation_id") REFERENCES "escalations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalation_reminders" DROP CONSTRAINT "FK_5eeab8742ed9b43c4262476d288"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_2b20ce34705fd60125c2c68f458"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_6e13a3d25d3df52d44ae4d1f735"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_9e7d6964f0bd8def221f0515241"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_27ffb4cb782618034d3e444f03f"`);
    await queryRunner.query(`ALTER TABLE "escalations" DROP CONSTRAINT "FK_28eec64fedfbf017fdb9e84bde4"`);
    await queryRunner.query(`ALTER TABLE "delivery_disputes" DROP CONSTRAINT "FK_b31d810e44ceb6e4ad4a299e3ae"`);
    await queryRunner.query(`ALTER TABLE "delivery_disputes" DROP CONSTRAINT "FK_7031e0cf5d52343ec1e709f928e"`);
    await queryRunner.query(`ALTER TABLE "delivery_disputes" DROP CONSTRAINT "FK_e3933f89770156e86ccafb9cc90"`);
    await queryRunner.query(`ALTER TABLE "delivery_disputes" DROP CONSTRAINT "FK_cac56e5b8a2563768b8754a1f89"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_escalation_reminders_occasion"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalations_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalations_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalations_respondent_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalations_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalations_covenant_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_escalations_neighbourhood_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_escalations_number"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_delivery_disputes_commitment_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_delivery_disputes_report_id"`);
    await queryRunner.query(`DROP TABLE "escalation_reminders"`);
    await queryRunner.query(`DROP TABLE "escalations"`);
    await queryRunner.query(`DROP TABLE "delivery_disputes"`);
    await queryRunner.query(`DROP TYPE "public"."escalation_status"`);
    await queryRunner.query(`DROP TYPE "public"."escalation_subject"`);
  }
}
