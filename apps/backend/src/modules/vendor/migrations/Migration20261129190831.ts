import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129190831 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_member" drop constraint if exists "vendor_member_email_unique";`
    )
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_handle_unique";`)
    this.addSql(
      `create table if not exists "vendor" ("id" text not null, "handle" text not null, "name" text not null, "legal_form" text check ("legal_form" in ('cooperative', 'auto_entrepreneur', 'association', 'tpe')) not null default 'cooperative', "odco_number" text null, "ice" text null, "region" text not null, "province" text null, "city" text not null, "founded_year" integer null, "members_count" integer null, "women_share" integer null, "tagline" text null, "story" text null, "logo_url" text null, "photos" jsonb null, "email" text null, "phone" text null, "rib" text null, "bank_name" text null, "account_holder" text null, "commission_rate" numeric not null default 10, "status" text check ("status" in ('pending', 'approved', 'suspended', 'rejected')) not null default 'pending', "status_reason" text null, "status_decided_by" text null, "status_decided_at" timestamptz null, "raw_commission_rate" jsonb not null default '{"value":"10","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_handle_unique" ON "vendor" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_region" ON "vendor" ("region") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_status" ON "vendor" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_deleted_at" ON "vendor" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "vendor_certification" ("id" text not null, "label" text not null, "document_url" text null, "expires_at" timestamptz null, "verified_by" text null, "verified_at" timestamptz null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_certification_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_certification_vendor_id" ON "vendor_certification" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_certification_deleted_at" ON "vendor_certification" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "vendor_member" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "phone" text null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_email_unique" ON "vendor_member" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id" ON "vendor_member" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_member_deleted_at" ON "vendor_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "vendor_certification" add constraint "vendor_certification_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "vendor_member" add constraint "vendor_member_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_certification" drop constraint if exists "vendor_certification_vendor_id_foreign";`
    )

    this.addSql(
      `alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_foreign";`
    )

    this.addSql(`drop table if exists "vendor" cascade;`)

    this.addSql(`drop table if exists "vendor_certification" cascade;`)

    this.addSql(`drop table if exists "vendor_member" cascade;`)
  }
}
