import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205023073 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stand_sale" drop constraint if exists "stand_sale_vendor_id_idempotency_key_unique";`
    )
    this.addSql(
      `create table if not exists "stand_sale" ("id" text not null, "event_id" text not null, "vendor_id" text not null, "stand_number" text not null, "idempotency_key" text null, "payment" text check ("payment" in ('cash', 'card')) not null, "buyer_phone" text null, "currency_code" text not null, "total" numeric not null, "commission_rate" numeric not null, "commission_amount" numeric not null, "vendor_amount" numeric not null, "raw_total" jsonb not null, "raw_commission_rate" jsonb not null, "raw_commission_amount" jsonb not null, "raw_vendor_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stand_sale_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stand_sale_event_id" ON "stand_sale" ("event_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stand_sale_vendor_id" ON "stand_sale" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stand_sale_deleted_at" ON "stand_sale" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stand_sale_vendor_id_idempotency_key_unique" ON "stand_sale" ("vendor_id", "idempotency_key") WHERE deleted_at IS NULL AND idempotency_key IS NOT NULL;`
    )

    this.addSql(
      `create table if not exists "stand_sale_line" ("id" text not null, "variant_id" text not null, "product_id" text not null, "title" text not null, "variant_title" text null, "sku" text null, "quantity" integer not null, "unit_price" numeric not null, "total" numeric not null, "sale_id" text not null, "raw_unit_price" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stand_sale_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stand_sale_line_sale_id" ON "stand_sale_line" ("sale_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stand_sale_line_deleted_at" ON "stand_sale_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "stand_sale_line" add constraint "stand_sale_line_sale_id_foreign" foreign key ("sale_id") references "stand_sale" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stand_sale_line" drop constraint if exists "stand_sale_line_sale_id_foreign";`
    )

    this.addSql(`drop table if exists "stand_sale" cascade;`)

    this.addSql(`drop table if exists "stand_sale_line" cascade;`)
  }
}
