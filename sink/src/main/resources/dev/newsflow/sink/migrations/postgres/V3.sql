-- The publish day and zone offset as the page wrote them: published_at in UTC can fall on another day.
ALTER TABLE articles ADD COLUMN published_date date;
ALTER TABLE articles ADD COLUMN published_offset text;
