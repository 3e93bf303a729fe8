import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205115112 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "vendor_commission_rate" ("id" text not null, "rate" numeric not null, "category_id" text null, "effective_from" timestamptz not null, "set_by" text not null, "note" text null, "vendor_id" text not null, "raw_rate" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_commission_rate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_commission_rate_vendor_id" ON "vendor_commission_rate" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_commission_rate_deleted_at" ON "vendor_commission_rate" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_commission_rate_vendor_id_effective_from" ON "vendor_commission_rate" ("vendor_id", "effective_from") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "vendor_commission_rate" add constraint "vendor_commission_rate_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vendor_commission_rate" cascade;`)
  }
}
