-- Catalog: the form templates (mẫu đơn, tờ khai) that procedures' required papers name by file
-- name (RequiredDocument.formTemplate). One row per file name; an upload under the same name
-- replaces the content. The checksum is the SHA-256 of the content, in hex.
CREATE TABLE catalog_form_template (
	file_name VARCHAR(150) NOT NULL,
	title TEXT NOT NULL,
	content_type VARCHAR(120) NOT NULL,
	content BYTEA NOT NULL,
	size_bytes INT NOT NULL,
	sha256 CHAR(64) NOT NULL,
	uploaded_by VARCHAR(100) NOT NULL,
	uploaded_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT catalog_form_template_pk PRIMARY KEY (file_name),
	CONSTRAINT catalog_form_template_size CHECK (size_bytes = octet_length(content) AND size_bytes > 0)
);
