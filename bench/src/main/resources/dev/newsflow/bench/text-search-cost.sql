-- What choosing the text-search configuration per article costs a search (issue 16, item 8), with psql:
--   psql -h 127.0.0.1 -U postgres -d newsflow_test -f bench/src/main/resources/dev/newsflow/bench/text-search-cost.sql
-- 20,000 articles of about 7 KB (half English, half German), a word in 20 of them; the sink's V2 table shape.
-- Compares one fixed configuration (V1), matching in each row's configuration alone (no index), and the query the
-- sink runs (the terms in every configuration ORed, an index scan, then each row's configuration). Drops its schema.
DROP SCHEMA IF EXISTS text_search_cost CASCADE;
CREATE SCHEMA text_search_cost;
SET search_path = text_search_cost;
CREATE TABLE text_search_languages (language text PRIMARY KEY, config regconfig NOT NULL);
INSERT INTO text_search_languages SELECT 'l' || c.oid, c.oid::regconfig FROM pg_ts_config c WHERE c.cfgname <> 'simple';
CREATE TABLE articles (id text PRIMARY KEY, title text, text text NOT NULL, search_config regconfig NOT NULL,
  search tsvector GENERATED ALWAYS AS (setweight(to_tsvector(search_config, coalesce(title, '')), 'A')
    || setweight(to_tsvector(search_config, text), 'D')) STORED);
CREATE INDEX ON articles USING gin (search);
INSERT INTO articles (id, title, text, search_config)
SELECT 'a' || i, 'Title ' || i,
  (SELECT string_agg((ARRAY['minister', 'said', 'parliament', 'vote', 'budget', 'weeks', 'talks', 'markets', 'europe',
     'rose', 'analysts', 'bank', 'rates', 'inflation', 'region', 'figures', 'office', 'capital', 'protesters',
     'government'])[1 + ((i * 7 + j * 13) % 20)], ' ') FROM generate_series(1, 1000) j)
  || CASE WHEN i % 1000 = 0 THEN ' zeppelin' ELSE '' END,
  CASE WHEN i % 2 = 0 THEN 'english' ELSE 'german' END::regconfig
FROM generate_series(1, 20000) i;
ANALYZE articles;
PREPARE fixed(text) AS SELECT count(*) FROM articles a WHERE a.search @@ websearch_to_tsquery('english', $1);
PREPARE per_row(text) AS SELECT count(*) FROM articles a WHERE a.search @@ websearch_to_tsquery(a.search_config, $1);
PREPARE sink(text) AS SELECT count(*) FROM articles a WHERE a.search @@ (SELECT CAST(coalesce(string_agg(DISTINCT
  '(' || q.terms::text || ')', ' | '), '') AS tsquery) FROM (SELECT websearch_to_tsquery(c.config, $1) AS terms
  FROM (SELECT config FROM text_search_languages UNION SELECT CAST('simple' AS regconfig)) c) q
  WHERE numnode(q.terms) > 0) AND a.search @@ websearch_to_tsquery(a.search_config, $1);
\timing on
EXECUTE fixed('zeppelin');
EXECUTE fixed('zeppelin');
EXECUTE per_row('zeppelin');
EXECUTE per_row('zeppelin');
EXECUTE sink('zeppelin');
EXECUTE sink('zeppelin');
EXECUTE sink('zeppelin');
\timing off
DROP SCHEMA text_search_cost CASCADE;
