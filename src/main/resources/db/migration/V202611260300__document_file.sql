-- Document: the metadata of stored files. The bytes live in the file store (a directory or an
-- object store) under storage_key; sha256 (lower-case hex) and size are checked on every read.
-- No foreign keys from other modules: a dossier keeps the ids of its files.
CREATE TABLE document_file (
	id UUID NOT NULL,
	file_name VARCHAR(200) NOT NULL,
	content_type VARCHAR(120) NOT NULL,
	size BIGINT NOT NULL,
	sha256 CHAR(64) NOT NULL,
	stored_at TIMESTAMPTZ NOT NULL,
	storage_key VARCHAR(200) NOT NULL,
	CONSTRAINT document_file_pk PRIMARY KEY (id),
	CONSTRAINT document_file_storage_key UNIQUE (storage_key),
	CONSTRAINT document_file_size CHECK (size > 0),
	CONSTRAINT document_file_sha256 CHECK (sha256 ~ '^[0-9a-f]{64}$')
);
