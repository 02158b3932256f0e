-- The term index of the rows past the newest 100,000 (migration 009's) split into tiers growing fourfold: positions
-- 100,000-400,000, 400,000-1,600,000, and the rest. A search reads its window newest first, one tier after the other,
-- and a tier's part builds the bitmap of every match in that tier before its first row is read (search.ts
-- newestFirst). With one index for everything past the newest 100,000 rows, a window the newest rows filled all but
-- a few rows of built the bitmap of every older match for them (1M, twelfth session: `"it can"` 44,562 rows, 24.6 ms,
-- for 110 more candidates; `share shares` 15,594 rows, 30.2 ms). With tiers fourfold, the tier that completes a
-- window holds at most about three times the rows read before it, whatever the table's size. The tiers together
-- hold what migration 009's index held (the same size); every tier's predicate is written as the search writes it
-- (`IS TRUE` / `IS NOT TRUE` of literal bounds) so that the planner proves the index usable.
DROP INDEX IF EXISTS quote_search_tsv_older;
CREATE INDEX quote_search_tsv_tier1 ON quote_search USING gin (tsv)
  WHERE (pos < 100000) IS NOT TRUE AND (pos < 400000) IS TRUE;
CREATE INDEX quote_search_tsv_tier2 ON quote_search USING gin (tsv)
  WHERE (pos < 400000) IS NOT TRUE AND (pos < 1600000) IS TRUE;
CREATE INDEX quote_search_tsv_tier3 ON quote_search USING gin (tsv) WHERE (pos < 1600000) IS NOT TRUE;
