-- Stories (issue 18), as in PostgreSQL's V4: each article's story and the latest state of each story. DuckDB
-- differences: entities and topics are JSON text (as extraction in V2).
ALTER TABLE articles ADD COLUMN story_id VARCHAR;
CREATE INDEX articles_story_idx ON articles (story_id);

CREATE TABLE stories (
  id                 VARCHAR PRIMARY KEY,
  headline           VARCHAR NOT NULL,
  first_article_at   TIMESTAMP NOT NULL,
  last_article_at    TIMESTAMP NOT NULL,
  article_count      INTEGER NOT NULL,
  outlet_count       INTEGER NOT NULL,
  outlets            VARCHAR[] NOT NULL DEFAULT [],
  entities           VARCHAR NOT NULL DEFAULT '[]',
  topics             VARCHAR NOT NULL DEFAULT '[]',
  latest_article_ids VARCHAR[] NOT NULL DEFAULT [],
  merged_into        VARCHAR,
  updated_at         TIMESTAMP NOT NULL
);
