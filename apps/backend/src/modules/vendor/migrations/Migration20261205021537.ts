import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205021537 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_edit" ("id" text not null, "vendor_id" text not null, "product_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "changes" jsonb not null, "submitted_by" text null, "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_edit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_edit_vendor_id" ON "product_edit" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_edit_product_id" ON "product_edit" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_edit_product_id_unique" ON "product_edit" ("product_id") WHERE status = 'pending' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_edit_deleted_at" ON "product_edit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_edit" cascade;`)
  }
}
