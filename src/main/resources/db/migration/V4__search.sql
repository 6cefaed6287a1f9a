-- What the search page filters and matches on, kept with each record by the write path: the words of title,
-- creators, description and subjects (lower case), the publication year and the access status.
ALTER TABLE record ADD COLUMN search_text TEXT DEFAULT '' NOT NULL;
ALTER TABLE record ADD COLUMN publication_year INTEGER;
ALTER TABLE record ADD COLUMN access_status VARCHAR(32);
CREATE INDEX record_publication_year ON record (publication_year);
