-- Ingest writes an article, its quotes and their pieces in one transaction, and deletes them together (ingest.ts):
-- the foreign keys from quotes to articles and from pieces to quotes checked every loaded row with a trigger (a
-- lookup in the parent's primary key per row) and only restated what that transaction already guarantees. They are
-- dropped; deleting an article now deletes its pieces and quotes explicitly (the search rows still follow their
-- quote through quote_search's own foreign key, which finalize adds once after its bulk load).
ALTER TABLE quotes DROP CONSTRAINT IF EXISTS quotes_article_id_fkey;
ALTER TABLE quote_pieces DROP CONSTRAINT IF EXISTS quote_pieces_quote_id_fkey;
