import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205204753 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "product_review" drop constraint if exists "product_review_customer_id_product_id_unique";`
    )
    this.addSql(
      `create table if not exists "product_review" ("id" text not null, "product_id" text not null, "vendor_id" text not null, "customer_id" text not null, "vendor_order_id" text not null, "rating" integer not null, "body" text null, "locale" text null, "photo_urls" jsonb null, "author_first_name" text null, "author_city" text null, "status" text check ("status" in ('pending', 'published', 'rejected')) not null default 'pending', "rejection_reason" text null, "moderated_at" timestamptz null, "moderated_by" text null, "reply" text null, "replied_at" timestamptz null, "replied_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_review_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_product_id" ON "product_review" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_vendor_id" ON "product_review" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_customer_id" ON "product_review" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_deleted_at" ON "product_review" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_review_customer_id_product_id_unique" ON "product_review" ("customer_id", "product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_product_review_product_id_status" ON "product_review" ("product_id", "status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_review" cascade;`)
  }
}
