-- Typo tolerance reads no trigram index: a query's words are expanded in the server process from the `terms` table
-- held in memory (vocabulary.ts; a trigram query of the table took 30-60 ms a word on 30,000 terms). Migration 001's
-- GIN trigram index on terms was still written by every finalize (each term loaded into it) and never read: dropped. The pg_trgm extension goes
-- too when nothing else in the database uses it and this role may drop it (it owns it, as the role that ran 001
-- does); otherwise it stays, said in a notice: another application's trigram index, or an extension an
-- administrator installed, is not this migration's to remove.
DROP INDEX IF EXISTS terms_trgm;
DO $$
BEGIN
  DROP EXTENSION IF EXISTS pg_trgm;
EXCEPTION
  WHEN dependent_objects_still_exist OR insufficient_privilege THEN
    RAISE NOTICE 'verbatim: pg_trgm kept (%): Verbatim no longer uses it', SQLERRM;
END
$$;
