import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204200110 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_member" add column if not exists "sms_opt_in" boolean not null default false, add column if not exists "locale" text check ("locale" in ('fr', 'ar', 'en')) null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_member" drop column if exists "sms_opt_in", drop column if exists "locale";`
    )
  }
}
