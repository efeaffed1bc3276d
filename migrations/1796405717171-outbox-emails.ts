import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mails queued in the transaction of the change they tell of, sent and retried by a worker. */
export class OutboxEmails1796405717171 implements MigrationInterface {
  name = 'OutboxEmails1796405717171';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "outbox_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "notification_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_8cb122e0b8065573966b2e1acf6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_outbox_emails_pending" ON "outbox_emails"  ("next_attempt_at") WHERE "sent_at" IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "outbox_emails" ADD CONSTRAINT "FK_3b3179da305fc6e00567f0034c3" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "outbox_emails" DROP CONSTRAINT "FK_3b3179da305fc6e00567f0034c3"');
    await queryRunner.query('DROP INDEX "public"."IDX_outbox_emails_pending"');
    await queryRunner.query('DROP TABLE "outbox_emails"');
  }
}
