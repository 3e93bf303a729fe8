import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The portal's uploads, counted against daily quotas (models/vendor-upload.ts). */
export class Migration20261204130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "vendor_upload" ("id" text not null, "vendor_id" text null, "auth_identity_id" text not null, "file_id" text not null, "bytes" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_upload_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_upload_vendor_id" ON "vendor_upload" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_upload_auth_identity_id" ON "vendor_upload" ("auth_identity_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_upload_deleted_at" ON "vendor_upload" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vendor_upload" cascade;`)
  }
}
