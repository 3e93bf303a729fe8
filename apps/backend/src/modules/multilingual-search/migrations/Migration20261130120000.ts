import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The vocabulary's trigram index was ignored by the planner (26 ms sequential scans per typo) until
 * a REINDEX: a GIN index created on an empty table collects every later insert in its pending list,
 * which each scan reads in full and the planner prices in, so a few thousand pending words made the
 * index look dearer than the table. Words arrive rarely after the first indexing: write them
 * straight into the index, and merge what is pending now.
 */
export class Migration20261130120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER INDEX IF EXISTS "search_vocabulary_trgm_idx" SET (fastupdate = off);`)
    this.addSql(`SELECT gin_clean_pending_list('search_vocabulary_trgm_idx'::regclass);`)
    this.addSql(`ANALYZE "search_vocabulary";`)
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER INDEX IF EXISTS "search_vocabulary_trgm_idx" RESET (fastupdate);`)
  }
}
