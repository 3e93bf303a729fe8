import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204222322 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_order" drop constraint if exists "vendor_order_status_check";`)

    this.addSql(
      `alter table if exists "vendor_order" add column if not exists "refused_at" timestamptz null, add column if not exists "closing_reason" text null;`
    )
    this.addSql(
      `alter table if exists "vendor_order" add constraint "vendor_order_status_check" check("status" in ('pending', 'shipped', 'delivered', 'canceled', 'refused'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_order" drop constraint if exists "vendor_order_status_check";`)

    this.addSql(
      `alter table if exists "vendor_order" drop column if exists "refused_at", drop column if exists "closing_reason";`
    )

    this.addSql(
      `alter table if exists "vendor_order" add constraint "vendor_order_status_check" check("status" in ('pending', 'shipped', 'delivered', 'canceled'));`
    )
  }
}
