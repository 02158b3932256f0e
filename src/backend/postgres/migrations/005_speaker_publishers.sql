-- Per speaker ('' for quotes nobody is named for) and publisher, the quotes finalize counted: a speaker's page (or
-- the latest quotes) takes its publisher facet from these few rows instead of counting the speaker's rows.
CREATE TABLE speaker_publishers (
  speaker_id     text COLLATE "C" NOT NULL,
  publisher_key  text NOT NULL,
  quotes         integer NOT NULL,
  PRIMARY KEY (speaker_id, publisher_key)
);
INSERT INTO speaker_publishers (speaker_id, publisher_key, quotes)
SELECT coalesce(speaker_id, ''), publisher_key, count(*)::int FROM quote_search
WHERE publisher_key IS NOT NULL GROUP BY 1, 2;
