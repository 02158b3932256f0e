-- Facet samples counted by `db finalize` for the most frequent words, each typed alone (search.ts facetSamplesOf):
-- the part of a search's facets no speaker filter changes (vocabulary.ts FacetSample), so that a search of such a
-- word filtered to one speaker needs no statement reading every match of the word, in any server process, from its
-- first request on. `key` is what search.ts keys a sample by (the query's SQL and values); `version` the finalize
-- that counted it (corpus_state `finalized_at`): a server uses only the samples of the finalize it reads.
CREATE TABLE facet_samples (
  key      text PRIMARY KEY,
  version  text NOT NULL,
  sample   text NOT NULL
);
