-- Same logical schema as PostgreSQL. Differences: timestamps are UTC TIMESTAMP (no ICU needed); no foreign keys
-- (DuckDB forbids updating a referenced parent row); no search column (the fts extension is not bundled with the
-- JDBC driver and cannot be installed offline), so search matches terms with ILIKE.
CREATE TABLE articles (
  id               VARCHAR PRIMARY KEY,
  url              VARCHAR,
  canonical_url    VARCHAR,
  source           VARCHAR NOT NULL,
  title            VARCHAR,
  description      VARCHAR,
  authors          VARCHAR[] NOT NULL,
  section          VARCHAR,
  language         VARCHAR,
  published_at     TIMESTAMP,
  fetched_at       TIMESTAMP NOT NULL,
  enriched_at      TIMESTAMP NOT NULL,
  word_count       INTEGER NOT NULL,
  text             VARCHAR NOT NULL,
  duplicate_of     VARCHAR,
  pipeline_version VARCHAR NOT NULL
);

CREATE TABLE article_entities (
  article_id VARCHAR NOT NULL,
  name       VARCHAR NOT NULL,
  type       VARCHAR NOT NULL,
  kb_id      VARCHAR,
  mentions   INTEGER NOT NULL,
  salience   DOUBLE NOT NULL,
  PRIMARY KEY (article_id, name, type)
);

CREATE TABLE article_topics (
  article_id VARCHAR NOT NULL,
  code       VARCHAR NOT NULL,
  label      VARCHAR NOT NULL,
  score      DOUBLE NOT NULL,
  rank       INTEGER NOT NULL,
  PRIMARY KEY (article_id, code)
);
