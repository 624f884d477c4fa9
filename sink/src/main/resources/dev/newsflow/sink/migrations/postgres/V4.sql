-- Stories (issue 18): each article's story and the latest state of each story from the stories topic. A story
-- merged into another keeps its row with merged_into naming the survivor; its articles are re-pointed to it.
-- Top entities and topics are JSON arrays (as in the Story record), the outlets and latest ids arrays of text.
ALTER TABLE articles ADD COLUMN story_id text;
CREATE INDEX articles_story_idx ON articles (story_id);

CREATE TABLE stories (
  id                 text PRIMARY KEY,
  headline           text NOT NULL,
  first_article_at   timestamptz NOT NULL,
  last_article_at    timestamptz NOT NULL,
  article_count      integer NOT NULL,
  outlet_count       integer NOT NULL,
  outlets            text[] NOT NULL DEFAULT '{}',
  entities           jsonb NOT NULL DEFAULT '[]',
  topics             jsonb NOT NULL DEFAULT '[]',
  latest_article_ids text[] NOT NULL DEFAULT '{}',
  merged_into        text,
  updated_at         timestamptz NOT NULL
);
CREATE INDEX stories_last_article_idx ON stories (last_article_at DESC);
CREATE INDEX stories_merged_into_idx ON stories (merged_into);
