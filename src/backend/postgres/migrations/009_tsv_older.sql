-- The term index of the rows that are not among the newest 100,000 (the complement of migration 008's): the second
-- part of a search's newest-first read (search.ts newestFirst, `(pos < 100000) IS NOT TRUE`) is planned on it. With
-- the whole term index that part's bitmap held the newest rows too, so a word whose window the newest rows fill
-- only in part (1M: 'set', 25,033 quotes, ~2,000 of them among the newest) visited their ~2,000 pages again, each
-- row dropped by the position check, before reaching its own. The whole index stays: a date range, an export and
-- the exact counts read the table in one part.
CREATE INDEX quote_search_tsv_older ON quote_search USING gin (tsv) WHERE (pos < 100000) IS NOT TRUE;
