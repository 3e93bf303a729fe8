import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The French text search configuration (the built-in provider only creates an English one) and the
 * vocabulary typos are corrected against. Hand-written: there is no model to generate it from.
 */
export class Migration20261130090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
    this.addSql(`CREATE EXTENSION IF NOT EXISTS unaccent;`)
    this.addSql(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_french') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_french (COPY = french);
          ALTER TEXT SEARCH CONFIGURATION medusa_search_french
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word
            WITH unaccent, french_stem;
        END IF;
      END
      $$;
    `)
    this.addSql(`
      CREATE TABLE IF NOT EXISTS "search_vocabulary" (
        "word" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "search_vocabulary_pkey" PRIMARY KEY ("word")
      );
    `)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "search_vocabulary_trgm_idx" ON "search_vocabulary" USING GIN ("word" gin_trgm_ops);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "search_vocabulary";`)
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_french;`)
  }
}
