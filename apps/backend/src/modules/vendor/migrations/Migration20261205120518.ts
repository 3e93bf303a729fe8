import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205120518 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "vendor_activity" ("id" text not null, "vendor_id" text not null, "action" text not null, "resource_id" text null, "actor_type" text check ("actor_type" in ('member', 'staff')) not null, "actor_id" text not null, "actor_name" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_activity_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_activity_deleted_at" ON "vendor_activity" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_activity_vendor_id_created_at" ON "vendor_activity" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vendor_activity" cascade;`)
  }
}
