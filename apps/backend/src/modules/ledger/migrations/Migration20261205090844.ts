import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205090844 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "return_request" ("id" text not null, "vendor_order_id" text not null, "vendor_id" text not null, "order_id" text not null, "customer_id" text null, "currency_code" text not null, "status" text check ("status" in ('requested', 'accepted', 'refused', 'disputed', 'refunded')) not null default 'requested', "items" jsonb not null, "reason" text check ("reason" in ('damaged', 'not_as_described', 'wrong_item', 'changed_mind', 'other')) not null, "note" text null, "decision_reason" text null, "decided_by" text null, "decided_at" timestamptz null, "dispute_note" text null, "disputed_at" timestamptz null, "return_id" text null, "refund_amount" numeric null, "refunded_at" timestamptz null, "raw_refund_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "return_request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_vendor_order_id" ON "return_request" ("vendor_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_vendor_id" ON "return_request" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_order_id" ON "return_request" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_return_request_deleted_at" ON "return_request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "return_request" cascade;`)
  }
}
