-- Every field of the contract, as in PostgreSQL's V2. DuckDB differences: extraction is JSON text (the map as
-- one object); no text-search configuration (no fts extension, see V1). Indexes only for the point lookups
-- (kb_id, code): DuckDB's zone maps already serve range filters such as enriched_at, and ART indexes slow writes.
ALTER TABLE articles ADD COLUMN source_type VARCHAR;
ALTER TABLE articles ADD COLUMN content_hash VARCHAR;
ALTER TABLE articles ADD COLUMN simhash BIGINT;
ALTER TABLE articles ADD COLUMN modified_at TIMESTAMP;
ALTER TABLE articles ADD COLUMN site_name VARCHAR;
ALTER TABLE articles ADD COLUMN lead_image VARCHAR;
ALTER TABLE articles ADD COLUMN extraction VARCHAR DEFAULT '{}';
ALTER TABLE articles ADD COLUMN warnings VARCHAR[] DEFAULT [];

ALTER TABLE article_entities ADD COLUMN span_starts INTEGER[] DEFAULT [];
ALTER TABLE article_entities ADD COLUMN span_ends INTEGER[] DEFAULT [];

CREATE INDEX article_entities_kb_id_idx ON article_entities (kb_id);
CREATE INDEX article_topics_code_idx ON article_topics (code);
