-- Catalog: one row per version of a procedure (TTHC). A dossier keeps (code, version).
-- The full record of a version is a JSON document; the columns beside it are what search and
-- filters need. At most one published and one draft version per code.
CREATE TABLE catalog_procedure_version (
	code VARCHAR(20) NOT NULL,
	version INT NOT NULL,
	status VARCHAR(12) NOT NULL,
	name TEXT NOT NULL,
	name_folded TEXT NOT NULL,
	field VARCHAR(120) NOT NULL,
	levels VARCHAR(120) NOT NULL,
	online_mode VARCHAR(12) NOT NULL,
	agency_levels VARCHAR(120) NOT NULL,
	agency_codes TEXT NOT NULL,
	content JSONB NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	published_at TIMESTAMPTZ,
	withdrawn_at TIMESTAMPTZ,
	CONSTRAINT catalog_procedure_version_pk PRIMARY KEY (code, version),
	CONSTRAINT catalog_procedure_version_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN'))
);
CREATE UNIQUE INDEX catalog_procedure_one_published ON catalog_procedure_version (code) WHERE status = 'PUBLISHED';
CREATE UNIQUE INDEX catalog_procedure_one_draft ON catalog_procedure_version (code) WHERE status = 'DRAFT';
CREATE INDEX catalog_procedure_name_trgm ON catalog_procedure_version USING gin (name_folded gin_trgm_ops);
CREATE INDEX catalog_procedure_field ON catalog_procedure_version (field) WHERE status = 'PUBLISHED';
