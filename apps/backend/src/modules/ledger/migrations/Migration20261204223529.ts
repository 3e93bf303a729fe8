import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204223529 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cash_remittance" drop constraint if exists "cash_remittance_digest_unique";`
    )
    this.addSql(
      `alter table if exists "cash_remittance" drop constraint if exists "cash_remittance_reference_unique";`
    )
    this.addSql(
      `create table if not exists "cash_remittance" ("id" text not null, "source" text check ("source" in ('carrier_statement', 'counted_at_centre', 'kept_by_cooperative')) not null, "carrier" text null, "reference" text not null, "digest" text null, "received_at" timestamptz not null, "currency_code" text not null, "total" numeric not null, "fees" numeric not null, "recorded_by" text null, "note" text null, "raw_total" jsonb not null, "raw_fees" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cash_remittance_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_remittance_deleted_at" ON "cash_remittance" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cash_remittance_reference_unique" ON "cash_remittance" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cash_remittance_digest_unique" ON "cash_remittance" ("digest") WHERE deleted_at IS NULL AND digest IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "cash_remittance_line" ("id" text not null, "vendor_order_id" text null, "vendor_id" text null, "tracking_number" text null, "line_number" integer null, "amount" numeric not null, "fees" numeric not null, "match_status" text check ("match_status" in ('matched', 'short', 'unknown')) not null, "remittance_id" text not null, "raw_amount" jsonb not null, "raw_fees" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cash_remittance_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_remittance_line_remittance_id" ON "cash_remittance_line" ("remittance_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_remittance_line_deleted_at" ON "cash_remittance_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_remittance_line_vendor_order_id" ON "cash_remittance_line" ("vendor_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cash_remittance_line_vendor_id" ON "cash_remittance_line" ("vendor_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "cash_remittance_line" add constraint "cash_remittance_line_remittance_id_foreign" foreign key ("remittance_id") references "cash_remittance" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "cash_remittance_line" drop constraint if exists "cash_remittance_line_remittance_id_foreign";`
    )

    this.addSql(`drop table if exists "cash_remittance" cascade;`)

    this.addSql(`drop table if exists "cash_remittance_line" cascade;`)
  }
}
