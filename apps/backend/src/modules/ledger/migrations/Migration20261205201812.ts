import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205201812 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_order" add column if not exists "pickup_event_id" text null, add column if not exists "pickup_stand_number" text null, add column if not exists "pickup_code" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_order" drop column if exists "pickup_event_id", drop column if exists "pickup_stand_number", drop column if exists "pickup_code";`
    )
  }
}
