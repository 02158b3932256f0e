-- The speaker facet of a listing without words (a speaker's page, the latest quotes) names the speakers with the most
-- quotes (search.ts storedAnswer: `WHERE search_quotes > 0 ORDER BY search_quotes DESC, name LIMIT $1`). Without an
-- index in that order every speaker was read and sorted for the top fifty (300k: 2,001 rows; a speaker's page runs it
-- on every request); with it the first fifty entries are read. Finalize reloads the speakers table, so the index is
-- kept up by the COPY, a few thousand rows.
CREATE INDEX speakers_top ON speakers (search_quotes DESC, name) WHERE search_quotes > 0;
