-- Every field of the contract, the indexes the query side filters on, and full-text search in the article's
-- language. Columns that V1 rows cannot fill stay nullable; the store writes them all.
ALTER TABLE articles
  ADD COLUMN source_type  text,
  ADD COLUMN content_hash text,
  ADD COLUMN simhash      bigint,
  ADD COLUMN modified_at  timestamptz,
  ADD COLUMN site_name    text,
  ADD COLUMN lead_image   text,
  ADD COLUMN extraction   jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN warnings     text[] NOT NULL DEFAULT '{}',
  ADD COLUMN search_config regconfig NOT NULL DEFAULT 'simple';

-- Spans as two arrays of equal length (start, end exclusive), in the order of the contract.
ALTER TABLE article_entities
  ADD COLUMN span_starts integer[] NOT NULL DEFAULT '{}',
  ADD COLUMN span_ends   integer[] NOT NULL DEFAULT '{}';

-- The text-search configuration per ISO 639-1 code, only those this server has; any other language is 'simple'.
-- Kept as data so an operator can add a configuration (e.g. one built with a Hunspell dictionary) by inserting a row.
CREATE TABLE text_search_languages (
  language text PRIMARY KEY,
  config   regconfig NOT NULL
);
INSERT INTO text_search_languages (language, config)
SELECT v.language, v.config::regconfig
FROM (VALUES ('ar', 'arabic'), ('hy', 'armenian'), ('eu', 'basque'), ('ca', 'catalan'), ('da', 'danish'),
             ('nl', 'dutch'), ('en', 'english'), ('fi', 'finnish'), ('fr', 'french'), ('de', 'german'),
             ('el', 'greek'), ('hi', 'hindi'), ('hu', 'hungarian'), ('id', 'indonesian'), ('ga', 'irish'),
             ('it', 'italian'), ('lt', 'lithuanian'), ('ne', 'nepali'), ('no', 'norwegian'), ('nb', 'norwegian'),
             ('nn', 'norwegian'), ('pt', 'portuguese'), ('ro', 'romanian'), ('ru', 'russian'), ('sr', 'serbian'),
             ('es', 'spanish'), ('sv', 'swedish'), ('ta', 'tamil'), ('tr', 'turkish'), ('yi', 'yiddish'))
       AS v (language, config)
WHERE EXISTS (SELECT 1 FROM pg_ts_config c WHERE c.cfgname = v.config);

UPDATE articles a SET search_config = l.config FROM text_search_languages l WHERE l.language = lower(a.language);

-- The search column follows each row's configuration (V1 stemmed every language as English).
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(search_config, coalesce(title, '')), 'A')
  || setweight(to_tsvector(search_config, coalesce(description, '')), 'B')
  || setweight(to_tsvector(search_config, text), 'D')) STORED;
CREATE INDEX articles_search_idx ON articles USING gin (search);

CREATE INDEX articles_enriched_idx ON articles (enriched_at);
CREATE INDEX article_entities_kb_id_idx ON article_entities (kb_id);
CREATE INDEX article_topics_code_idx ON article_topics (code);
