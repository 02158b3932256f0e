-- A quote's pieces (the spans it is made of) as one integer array on its record, `{start, end, start, end, …}` in
-- order, instead of a table of their own: ingest loaded a second table and its primary key for one or two small
-- rows per quote (measured at 100k: 1.3-1.5 s of 9-11 s of COPY), and every quote read aggregated them back.
ALTER TABLE quotes ADD COLUMN pieces integer[] NOT NULL DEFAULT '{}';
UPDATE quotes q SET pieces = p.flat
FROM (SELECT quote_id, array_agg(v ORDER BY piece, k) AS flat
      FROM quote_pieces, LATERAL (VALUES (0, start_pos), (1, end_pos)) AS x(k, v)
      GROUP BY quote_id) p
WHERE p.quote_id = q.id;
ALTER TABLE quotes ALTER COLUMN pieces DROP DEFAULT;
DROP TABLE quote_pieces;

-- An article's text (2.6 kB on average) is compressed when its row passes 2 kB: lz4 where the server has it (built
-- with lz4, as the PGDG and distribution packages are) costs a fraction of the default pglz (measured at 100k: the
-- articles' COPY 2.5-3.1 s against 4.2-5.5 s). Rows already stored keep their compression.
DO $$
BEGIN
  ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4, ALTER COLUMN furniture SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'this server has no lz4: article texts stay compressed with pglz';
END $$;
