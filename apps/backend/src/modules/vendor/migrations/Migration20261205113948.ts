import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A certificate's number and who added it (a member or staff). */
export class Migration20261205113948 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_certification" add column if not exists "number" text null, add column if not exists "added_by" text null, add column if not exists "added_by_type" text check ("added_by_type" in ('member', 'staff')) null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_certification" drop column if exists "number", drop column if exists "added_by", drop column if exists "added_by_type";`
    )
  }
}
