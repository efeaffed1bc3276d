import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sent mail is deleted once it is old enough: the outbox worker finds it by when it was sent. */
export class OutboxSentIndex1796470000000 implements MigrationInterface {
  name = 'OutboxSentIndex1796470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_outbox_emails_sent" ON "outbox_emails" ("sent_at") WHERE "sent_at" IS NOT NULL',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_outbox_emails_sent"');
  }
}
