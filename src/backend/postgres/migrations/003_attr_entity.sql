-- What the extractor's entity layer typed each quote's speaker as (person or organisation): the corpus-wide
-- speaker step (`verbatim db finalize`) takes a speaker's kind from it, as the embedded build does. Rows
-- ingested before this migration keep NULL (the kind then follows the shape of the name) until their
-- articles are ingested again, which a new extractor version does by itself (the content hash changes).
ALTER TABLE quotes ADD COLUMN attr_entity text CHECK (attr_entity IN ('person', 'organization'));
