import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205165512 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor" add column if not exists "show_impact" boolean not null default false;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor" drop column if exists "show_impact";`)
  }
}
