import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204222336 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "event_stand" drop constraint if exists "event_stand_event_id_stand_number_unique";`
    )
    this.addSql(
      `alter table if exists "event_stand" drop constraint if exists "event_stand_event_id_vendor_id_unique";`
    )
    this.addSql(
      `alter table if exists "bazaar_event" drop constraint if exists "bazaar_event_handle_unique";`
    )
    this.addSql(
      `create table if not exists "bazaar_event" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "address" text not null, "city" text not null, "map_url" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "opening_hours" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bazaar_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bazaar_event_handle_unique" ON "bazaar_event" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bazaar_event_starts_at" ON "bazaar_event" ("starts_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bazaar_event_ends_at" ON "bazaar_event" ("ends_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_bazaar_event_deleted_at" ON "bazaar_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "event_stand" ("id" text not null, "vendor_id" text not null, "stand_number" text not null, "event_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "event_stand_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_stand_vendor_id" ON "event_stand" ("vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_stand_event_id" ON "event_stand" ("event_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_event_stand_deleted_at" ON "event_stand" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_stand_event_id_vendor_id_unique" ON "event_stand" ("event_id", "vendor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_event_stand_event_id_stand_number_unique" ON "event_stand" ("event_id", "stand_number") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "event_stand" add constraint "event_stand_event_id_foreign" foreign key ("event_id") references "bazaar_event" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "event_stand" drop constraint if exists "event_stand_event_id_foreign";`
    )

    this.addSql(`drop table if exists "bazaar_event" cascade;`)

    this.addSql(`drop table if exists "event_stand" cascade;`)
  }
}
