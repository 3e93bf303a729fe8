import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129221218 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "payout" add column if not exists "note" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout" drop column if exists "note";`)
  }
}
