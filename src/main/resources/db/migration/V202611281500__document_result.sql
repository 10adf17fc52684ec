-- Document: result documents (kết quả giải quyết) of a case, kept under a reference chosen by the
-- caller (a dossier code; no foreign key across modules). The file itself is a document_file row.
CREATE TABLE document_result (
	document_id UUID NOT NULL REFERENCES document_file (id),
	reference VARCHAR(60) NOT NULL,
	uploaded_by VARCHAR(100) NOT NULL,
	uploaded_at TIMESTAMPTZ NOT NULL,
	signed_here BOOLEAN NOT NULL,
	CONSTRAINT document_result_pk PRIMARY KEY (document_id)
);
CREATE INDEX document_result_reference ON document_result (reference, uploaded_at);
