import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205165513 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "impact_snapshot" drop constraint if exists "impact_snapshot_day_unique";`
    )
    this.addSql(
      `create table if not exists "impact_snapshot" ("id" text not null, "day" text not null, "computed_at" timestamptz not null, "figures" jsonb not null, "cooperatives" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "impact_snapshot_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_impact_snapshot_deleted_at" ON "impact_snapshot" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_impact_snapshot_day_unique" ON "impact_snapshot" ("day") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "impact_snapshot" cascade;`)
  }
}
