import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Community rights: assets of community value with their disposals and
 * reminders, service requests with theirs, participatory budgets with their
 * projects and ballots, and the asset a commitment names.
 */
export class CommunityRights1796430000000 implements MigrationInterface {
  name = 'CommunityRights1796430000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."asset_status" AS ENUM('NOMINATED', 'LISTED', 'NOT_LISTED', 'REMOVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "community_assets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "neighbourhood_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "address" text NOT NULL, "location" text, "owner_name" text, "nominated_by_id" uuid NOT NULL, "nominated_by_user_id" uuid NOT NULL, "rule_set" text NOT NULL, "status" "public"."asset_status" NOT NULL DEFAULT 'NOMINATED', "decision_due_on" date NOT NULL, "decided_on" date, "decision_reason" text, "decided_by_id" uuid, "listed_until" date, "nominated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c519ca1b3d645462c3c468f8901" UNIQUE ("slug"), CONSTRAINT "PK_8dd1563173f7439c4540ce767f3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_community_assets_nominated_by_id" ON "community_assets"  ("nominated_by_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_community_assets_neighbourhood_id_name" ON "community_assets"  ("neighbourhood_id", "name")`,
    );
    await queryRunner.query(
      `CREATE TABLE "asset_disposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "notified_on" date NOT NULL, "recorded_by_id" uuid NOT NULL, "bidder_id" uuid, "bid_requested_at" TIMESTAMP WITH TIME ZONE, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62e410aa7046276d0258482f585" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_asset_disposals_asset_id_notified_on" ON "asset_disposals"  ("asset_id", "notified_on")`,
    );
    await queryRunner.query(
      `CREATE TABLE "asset_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "asset_id" uuid NOT NULL, "kind" text NOT NULL, "occasion" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3fce49d74e609dbfa84707e790a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_asset_reminders_occasion" ON "asset_reminders"  ("asset_id", "kind", "occasion")`,
    );
    await queryRunner.query(`CREATE TYPE "public"."budget_phase" AS ENUM('PROPOSALS', 'VOTING', 'RESULTS')`);
    await queryRunner.query(
      `CREATE TABLE "participatory_budgets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "party_id" uuid NOT NULL, "title" text NOT NULL, "amount" integer NOT NULL, "phase" "public"."budget_phase" NOT NULL DEFAULT 'PROPOSALS', "created_by_id" uuid NOT NULL, "share" double precision, "spent" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7f53d80d96b4d3d319570624cae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_participatory_budgets_covenant_id_created_at" ON "participatory_budgets"  ("covenant_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_ballots" ("budget_id" uuid NOT NULL, "user_id" uuid NOT NULL, "project_ids" uuid array NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_29b61e65b764f8cba26c66314d7" PRIMARY KEY ("budget_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."budget_selection" AS ENUM('EQUAL_SHARES', 'COMPLETION')`);
    await queryRunner.query(
      `CREATE TABLE "budget_projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "title" text NOT NULL, "description" text, "cost" integer NOT NULL, "proposed_by_id" uuid NOT NULL, "votes" integer, "selected" boolean, "chosen_by" "public"."budget_selection", "paid_per_supporter" double precision, "commitment_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff1eccd3a14bd1c2efbd4823fb9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_budget_projects_commitment_id" ON "budget_projects"  ("commitment_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_budget_projects_budget_id_created_at" ON "budget_projects"  ("budget_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_request_status" AS ENUM('SUBMITTED', 'ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'REFUSED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "neighbourhood_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "public_body_id" uuid NOT NULL, "service" text NOT NULL, "proposal" text NOT NULL, "status" "public"."service_request_status" NOT NULL DEFAULT 'SUBMITTED', "submitted_by_id" uuid NOT NULL, "rule_set" text NOT NULL, "response_due_on" date NOT NULL, "response" text, "responded_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d9bbd32cdd97dc17e542430ef04" UNIQUE ("slug"), CONSTRAINT "PK_ee60bcd826b7e130bfbd97daf66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_service_requests_requester_id" ON "service_requests"  ("requester_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_public_body_id" ON "service_requests"  ("public_body_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_service_requests_neighbourhood_id_submitted_at" ON "service_requests"  ("neighbourhood_id", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_request_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "occasion" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c82f06a4715f345409c28cf580" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_service_request_reminders_occasion" ON "service_request_reminders"  ("request_id", "occasion")`,
    );
    await queryRunner.query(`ALTER TABLE "commitments" ADD "asset_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_commitments_asset_id" ON "commitments"  ("asset_id")`);
    await queryRunner.query(
      `ALTER TABLE "community_assets" ADD CONSTRAINT "FK_b48b80e4d89e258fabf62a4fd61" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_assets" ADD CONSTRAINT "FK_515978ce0b1e47d4ff018bd6614" FOREIGN KEY ("nominated_by_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_assets" ADD CONSTRAINT "FK_6c6e5652b3c5f9b8738ccf08e71" FOREIGN KEY ("nominated_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "community_assets" ADD CONSTRAINT "FK_9f52eecae578fcbe6de3eb9d019" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_disposals" ADD CONSTRAINT "FK_e07f180e7bf0bd8d00d08eca7b5" FOREIGN KEY ("asset_id") REFERENCES "community_assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_disposals" ADD CONSTRAINT "FK_1da71190459d18f5d2c7607b5e0" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_disposals" ADD CONSTRAINT "FK_428d9c08e1adaf4e2078e4f49b1" FOREIGN KEY ("bidder_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "asset_reminders" ADD CONSTRAINT "FK_f2ac7c3ca4d342d055d216d1ded" FOREIGN KEY ("asset_id") REFERENCES "community_assets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participatory_budgets" ADD CONSTRAINT "FK_2db938a1241b96641cbd41a7004" FOREIGN KEY ("covenant_id") REFERENCES "covenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participatory_budgets" ADD CONSTRAINT "FK_a3d64a58c760038adf49822b1c7" FOREIGN KEY ("party_id") REFERENCES "covenant_parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participatory_budgets" ADD CONSTRAINT "FK_a286e6c75122eea79140628f77b" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_ballots" ADD CONSTRAINT "FK_276c3aa74b8bc0c8db6272c4a49" FOREIGN KEY ("budget_id") REFERENCES "participatory_budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_ballots" ADD CONSTRAINT "FK_21ef275885098ce0caeafda8d07" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitments" ADD CONSTRAINT "FK_37188553a4842d01aaa3ff343f0" FOREIGN KEY ("asset_id") REFERENCES "community_assets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_projects" ADD CONSTRAINT "FK_6cfde19bdb4bfe96f7636998112" FOREIGN KEY ("budget_id") REFERENCES "participatory_budgets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_projects" ADD CONSTRAINT "FK_f2132ee1eda3d23237651664ca2" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_projects" ADD CONSTRAINT "FK_fff99d2015816cce91e3f55fc62" FOREIGN KEY ("commitment_id") REFERENCES "commitments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_0cc67b3fca1b8fa0428f335be30" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_cd172d0e17e8aa32aa6ecff03c4" FOREIGN KEY ("requester_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_9a101dd71743524827752b706b1" FOREIGN KEY ("public_body_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_fce2f2045c186d310c15f395658" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_requests" ADD CONSTRAINT "FK_9934e39754f99121fa15f07beaa" FOREIGN KEY ("responded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "service_request_reminders" ADD CONSTRAINT "FK_7c30884864ce092912c5c5bf80b" FOREIGN KEY ("request_id") REFERENCES "service_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "commitments" ADD "budget_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_commitments_budget_id" ON "commitments"  ("budget_id") `);
    await queryRunner.query(
      `ALTER TABLE "commitments" ADD CONSTRAINT "FK_1ce6de28de27fb9a29b5b8a6ae6" FOREIGN KEY ("budget_id") REFERENCES "participatory_budgets"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_1ce6de28de27fb9a29b5b8a6ae6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_commitments_budget_id"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP COLUMN "budget_id"`);
    await queryRunner.query(`ALTER TABLE "service_request_reminders" DROP CONSTRAINT "FK_7c30884864ce092912c5c5bf80b"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_9934e39754f99121fa15f07beaa"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_fce2f2045c186d310c15f395658"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_9a101dd71743524827752b706b1"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_cd172d0e17e8aa32aa6ecff03c4"`);
    await queryRunner.query(`ALTER TABLE "service_requests" DROP CONSTRAINT "FK_0cc67b3fca1b8fa0428f335be30"`);
    await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "FK_fff99d2015816cce91e3f55fc62"`);
    await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "FK_f2132ee1eda3d23237651664ca2"`);
    await queryRunner.query(`ALTER TABLE "budget_projects" DROP CONSTRAINT "FK_6cfde19bdb4bfe96f7636998112"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP CONSTRAINT "FK_37188553a4842d01aaa3ff343f0"`);
    await queryRunner.query(`ALTER TABLE "budget_ballots" DROP CONSTRAINT "FK_21ef275885098ce0caeafda8d07"`);
    await queryRunner.query(`ALTER TABLE "budget_ballots" DROP CONSTRAINT "FK_276c3aa74b8bc0c8db6272c4a49"`);
    await queryRunner.query(`ALTER TABLE "participatory_budgets" DROP CONSTRAINT "FK_a286e6c75122eea79140628f77b"`);
    await queryRunner.query(`ALTER TABLE "participatory_budgets" DROP CONSTRAINT "FK_a3d64a58c760038adf49822b1c7"`);
    await queryRunner.query(`ALTER TABLE "participatory_budgets" DROP CONSTRAINT "FK_2db938a1241b96641cbd41a7004"`);
    await queryRunner.query(`ALTER TABLE "asset_reminders" DROP CONSTRAINT "FK_f2ac7c3ca4d342d055d216d1ded"`);
    await queryRunner.query(`ALTER TABLE "asset_disposals" DROP CONSTRAINT "FK_428d9c08e1adaf4e2078e4f49b1"`);
    await queryRunner.query(`ALTER TABLE "asset_disposals" DROP CONSTRAINT "FK_1da71190459d18f5d2c7607b5e0"`);
    await queryRunner.query(`ALTER TABLE "asset_disposals" DROP CONSTRAINT "FK_e07f180e7bf0bd8d00d08eca7b5"`);
    await queryRunner.query(`ALTER TABLE "community_assets" DROP CONSTRAINT "FK_9f52eecae578fcbe6de3eb9d019"`);
    await queryRunner.query(`ALTER TABLE "community_assets" DROP CONSTRAINT "FK_6c6e5652b3c5f9b8738ccf08e71"`);
    await queryRunner.query(`ALTER TABLE "community_assets" DROP CONSTRAINT "FK_515978ce0b1e47d4ff018bd6614"`);
    await queryRunner.query(`ALTER TABLE "community_assets" DROP CONSTRAINT "FK_b48b80e4d89e258fabf62a4fd61"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_commitments_asset_id"`);
    await queryRunner.query(`ALTER TABLE "commitments" DROP COLUMN "asset_id"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_service_request_reminders_occasion"`);
    await queryRunner.query(`DROP TABLE "service_request_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_neighbourhood_id_submitted_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_public_body_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_service_requests_requester_id"`);
    await queryRunner.query(`DROP TABLE "service_requests"`);
    await queryRunner.query(`DROP TYPE "public"."service_request_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_budget_projects_budget_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_budget_projects_commitment_id"`);
    await queryRunner.query(`DROP TABLE "budget_projects"`);
    await queryRunner.query(`DROP TYPE "public"."budget_selection"`);
    await queryRunner.query(`DROP TABLE "budget_ballots"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_participatory_budgets_covenant_id_created_at"`);
    await queryRunner.query(`DROP TABLE "participatory_budgets"`);
    await queryRunner.query(`DROP TYPE "public"."budget_phase"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_asset_reminders_occasion"`);
    await queryRunner.query(`DROP TABLE "asset_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_asset_disposals_asset_id_notified_on"`);
    await queryRunner.query(`DROP TABLE "asset_disposals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_community_assets_neighbourhood_id_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_community_assets_nominated_by_id"`);
    await queryRunner.query(`DROP TABLE "community_assets"`);
    await queryRunner.query(`DROP TYPE "public"."asset_status"`);
  }
}
