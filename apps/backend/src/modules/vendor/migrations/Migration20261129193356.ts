import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129193356 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "vendor_invite" drop constraint if exists "vendor_invite_token_hash_unique";`
    )
    this.addSql(
      `create table if not exists "vendor_decision" ("id" text not null, "action" text check ("action" in ('approve', 'reject', 'suspend', 'reinstate')) not null, "from_status" text not null, "to_status" text not null, "reason" text null, "decided_by" text not null, "decided_by_email" text null, "hidden_products" jsonb null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_decision_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_decision_vendor_id" ON "vendor_decision" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_decision_deleted_at" ON "vendor_decision" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "vendor_invite" ("id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "invited_by" text null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_invite_token_hash_unique" ON "vendor_invite" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_invite_vendor_id" ON "vendor_invite" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_vendor_invite_deleted_at" ON "vendor_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "vendor_decision" add constraint "vendor_decision_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "vendor_invite" add constraint "vendor_invite_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vendor_decision" cascade;`)

    this.addSql(`drop table if exists "vendor_invite" cascade;`)
  }
}
