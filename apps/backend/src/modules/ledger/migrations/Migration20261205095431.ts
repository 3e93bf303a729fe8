import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205095431 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "return_request" add column if not exists "photo_urls" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "return_request" drop column if exists "photo_urls";`)
  }
}
