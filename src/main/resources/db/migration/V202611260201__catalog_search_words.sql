-- Catalog search without scanning every name with a trigram function (too slow on long names
-- at 5,000 procedures): the words of each folded name in an array under a GIN index, and the
-- vocabulary of every word ever used in a name, where a misspelt query word finds its
-- corrections by edit distance (fuzzystrmatch) before the indexed search runs.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

ALTER TABLE catalog_procedure_version
	ADD COLUMN name_words TEXT[] GENERATED ALWAYS AS (string_to_array(name_folded, ' ')) STORED;
CREATE INDEX catalog_procedure_name_words ON catalog_procedure_version USING gin (name_words);

CREATE TABLE catalog_search_word (
	word TEXT NOT NULL,
	CONSTRAINT catalog_search_word_pk PRIMARY KEY (word)
);
INSERT INTO catalog_search_word (word)
	SELECT DISTINCT unnest(name_words) FROM catalog_procedure_version ON CONFLICT DO NOTHING;

CREATE FUNCTION catalog_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO catalog_search_word (word)
		SELECT DISTINCT w FROM unnest(NEW.name_words) AS w WHERE w <> '' ON CONFLICT DO NOTHING;
	RETURN NEW;
END
$$;

CREATE TRIGGER catalog_procedure_search_words AFTER INSERT OR UPDATE OF name_folded ON catalog_procedure_version
	FOR EACH ROW EXECUTE FUNCTION catalog_collect_search_words();
