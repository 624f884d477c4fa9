CREATE TABLE articles (
  id               text PRIMARY KEY,
  url              text,
  canonical_url    text,
  source           text NOT NULL,
  title            text,
  description      text,
  authors          text[] NOT NULL DEFAULT '{}',
  section          text,
  language         text,
  published_at     timestamptz,
  fetched_at       timestamptz NOT NULL,
  enriched_at      timestamptz NOT NULL,
  word_count       integer NOT NULL,
  text             text NOT NULL,
  duplicate_of     text,
  pipeline_version text NOT NULL,
  -- Title weighs most, then the description, then the body; 'english' stems (elections ~ election).
  search           tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('english', coalesce(title, '')), 'A')
                     || setweight(to_tsvector('english', coalesce(description, '')), 'B')
                     || setweight(to_tsvector('english', text), 'D')) STORED
);
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_published_idx ON articles (published_at DESC);
CREATE INDEX articles_source_idx ON articles (source);

CREATE TABLE article_entities (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name       text NOT NULL,
  type       text NOT NULL,
  kb_id      text,
  mentions   integer NOT NULL,
  salience   double precision NOT NULL,
  PRIMARY KEY (article_id, name, type)
);
CREATE INDEX article_entities_name_idx ON article_entities (lower(name));

CREATE TABLE article_topics (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  code       text NOT NULL,
  label      text NOT NULL,
  score      double precision NOT NULL,
  rank       integer NOT NULL,
  PRIMARY KEY (article_id, code)
);
CREATE INDEX article_topics_label_idx ON article_topics (label);
