-- A term index of the newest rows only (newest-first positions below 100,000): a search's window is the first
-- candidates in the search table's order (search.ts windowRows, facets), so a frequent word finds them among the
-- newest rows. The whole term index builds a bitmap of every row holding the word before the first row is read (1M:
-- a word and its variants in 98,000 quotes, 26-58 ms); this one holds a tenth of that. A search reads the newest
-- rows through it first and the rest through the whole index only when the window is not full (search.ts
-- newestFirst). The predicate is written as `IS TRUE` so that only a query written the same way uses it: a plain
-- `pos < 100000` let the planner read the rows through the position index instead, checking each row's terms.
-- At or below 100,000 quotes it duplicates the whole index (14 MB at 100k); 13 MB at 1M.
CREATE INDEX quote_search_tsv_newest ON quote_search USING gin (tsv) WHERE (pos < 100000) IS TRUE;
