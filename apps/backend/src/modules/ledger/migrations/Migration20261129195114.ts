import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129195114 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_order" drop constraint if exists "vendor_order_order_id_vendor_id_unique";`
    )
    this.addSql(
      `alter table if exists "payout" drop constraint if exists "payout_vendor_id_reference_unique";`
    )
    this.addSql(
      `alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_reference_unique";`
    )
    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "vendor_id" text not null, "vendor_order_id" text null, "order_id" text null, "type" text check ("type" in ('sale', 'cancellation', 'refund', 'adjustment')) not null, "amount" numeric not null, "currency_code" text not null, "reference" text not null, "description" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_vendor_id" ON "ledger_entry" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_reference_unique" ON "ledger_entry" ("reference") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payout" ("id" text not null, "vendor_id" text not null, "amount" numeric not null, "currency_code" text not null, "paid_at" timestamptz not null, "reference" text not null, "method" text check ("method" in ('bank_transfer', 'cash')) not null, "proof_url" text null, "rib" text null, "recorded_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_vendor_id" ON "payout" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_vendor_id_reference_unique" ON "payout" ("vendor_id", "reference") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "vendor_order" ("id" text not null, "order_id" text not null, "vendor_id" text not null, "display_id" integer null, "currency_code" text not null, "payment_provider_id" text null, "status" text check ("status" in ('pending', 'shipped', 'delivered', 'canceled')) not null default 'pending', "item_total" numeric not null, "shipping_total" numeric not null, "total" numeric not null, "commission_rate" numeric not null, "commission_amount" numeric not null, "vendor_amount" numeric not null, "shipping_method_ids" jsonb null, "tracking_number" text null, "carrier" text null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "cash_collected_at" timestamptz null, "canceled_at" timestamptz null, "raw_item_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_total" jsonb not null, "raw_commission_rate" jsonb not null, "raw_commission_amount" jsonb not null, "raw_vendor_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_order_order_id" ON "vendor_order" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_order_vendor_id" ON "vendor_order" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_order_deleted_at" ON "vendor_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_order_order_id_vendor_id_unique" ON "vendor_order" ("order_id", "vendor_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "vendor_order_item" ("id" text not null, "line_item_id" text not null, "product_id" text null, "variant_id" text null, "title" text not null, "variant_title" text null, "sku" text null, "thumbnail" text null, "quantity" integer not null, "unit_price" numeric not null, "total" numeric not null, "vendor_order_id" text not null, "raw_unit_price" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_order_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_order_item_vendor_order_id" ON "vendor_order_item" ("vendor_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_order_item_deleted_at" ON "vendor_order_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "vendor_order_item" add constraint "vendor_order_item_vendor_order_id_foreign" foreign key ("vendor_order_id") references "vendor_order" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_order_item" drop constraint if exists "vendor_order_item_vendor_order_id_foreign";`
    )

    this.addSql(`drop table if exists "ledger_entry" cascade;`)

    this.addSql(`drop table if exists "payout" cascade;`)

    this.addSql(`drop table if exists "vendor_order" cascade;`)

    this.addSql(`drop table if exists "vendor_order_item" cascade;`)
  }
}
