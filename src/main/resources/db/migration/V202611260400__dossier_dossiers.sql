-- Dossiers (hồ sơ TTHC): one row per dossier with its current state; the history, the
-- processing steps (for the control sheet, Mẫu 05/06) and attachments beside it.
-- National status codes (DVCQG): 1 new … 10 result returned; 0 is a citizen's draft.
CREATE TABLE dossier (
	id BIGSERIAL PRIMARY KEY,
	code VARCHAR(60),
	status SMALLINT NOT NULL,
	channel VARCHAR(10) NOT NULL,
	procedure_code VARCHAR(20) NOT NULL,
	procedure_version INT NOT NULL,
	case_index INT NOT NULL,
	procedure_name TEXT NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	desk_agency_code VARCHAR(40) NOT NULL,
	applicant_name TEXT NOT NULL,
	applicant_name_folded TEXT NOT NULL,
	applicant_id_number VARCHAR(12),
	applicant_phone VARCHAR(20),
	applicant_email VARCHAR(200),
	applicant_address TEXT,
	owner_account_id BIGINT,
	content JSONB NOT NULL,
	submitted_at TIMESTAMPTZ,
	received_at TIMESTAMPTZ,
	counting_from TIMESTAMPTZ,
	due_at TIMESTAMPTZ,
	original_due_at TIMESTAMPTZ,
	calendar_version VARCHAR(60),
	paused_since TIMESTAMPTZ,
	current_step INT,
	step_started_at TIMESTAMPTZ,
	step_due_at TIMESTAMPTZ,
	step_assignee VARCHAR(100),
	resolved_at TIMESTAMPTZ,
	returned_at TIMESTAMPTZ,
	outcome VARCHAR(10),
	fees_total BIGINT,
	supplement_count SMALLINT NOT NULL DEFAULT 0,
	apology_count SMALLINT NOT NULL DEFAULT 0,
	due_soon_warned_at TIMESTAMPTZ,
	overdue_at TIMESTAMPTZ,
	last_actor VARCHAR(100),
	last_action_at TIMESTAMPTZ,
	lock_version INT NOT NULL DEFAULT 0,
	created_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT dossier_status_known CHECK (status BETWEEN 0 AND 10),
	CONSTRAINT dossier_one_supplement CHECK (supplement_count <= 1),
	CONSTRAINT dossier_one_apology CHECK (apology_count <= 1),
	CONSTRAINT dossier_channel_known CHECK (channel IN ('ONLINE', 'COUNTER', 'POST'))
);
CREATE UNIQUE INDEX dossier_code_unique ON dossier (code);
CREATE INDEX dossier_open_due ON dossier (due_at) WHERE status IN (2, 4, 5, 6);
CREATE INDEX dossier_agency_status ON dossier (agency_code, status);
CREATE INDEX dossier_desk_status ON dossier (desk_agency_code, status);
CREATE INDEX dossier_owner ON dossier (owner_account_id) WHERE owner_account_id IS NOT NULL;
CREATE INDEX dossier_applicant_id ON dossier (applicant_id_number) WHERE applicant_id_number IS NOT NULL;
CREATE INDEX dossier_applicant_name_trgm ON dossier USING gin (applicant_name_folded gin_trgm_ops);
CREATE INDEX dossier_received ON dossier (received_at);

-- Who did what, when, from where: one compact row per transition.
CREATE TABLE dossier_history (
	dossier_id BIGINT NOT NULL REFERENCES dossier (id),
	seq INT NOT NULL,
	action VARCHAR(24) NOT NULL,
	from_status SMALLINT,
	to_status SMALLINT NOT NULL,
	step INT,
	actor VARCHAR(100) NOT NULL,
	actor_name TEXT,
	agency_code VARCHAR(40),
	remote_address VARCHAR(64),
	occurred_at TIMESTAMPTZ NOT NULL,
	note TEXT,
	details JSONB,
	CONSTRAINT dossier_history_pk PRIMARY KEY (dossier_id, seq)
);

-- One row per step of the internal process a dossier went through (a step may be visited again
-- after a return): the hand-overs of the control sheet and the time each unit used.
CREATE TABLE dossier_step (
	dossier_id BIGINT NOT NULL REFERENCES dossier (id),
	seq INT NOT NULL,
	step_index INT NOT NULL,
	name TEXT NOT NULL,
	role VARCHAR(30) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	started_at TIMESTAMPTZ NOT NULL,
	due_at TIMESTAMPTZ NOT NULL,
	allowed_seconds BIGINT NOT NULL,
	finished_at TIMESTAMPTZ,
	used_seconds BIGINT,
	handled_by VARCHAR(100),
	result VARCHAR(24),
	CONSTRAINT dossier_step_pk PRIMARY KEY (dossier_id, seq)
);

-- Daily sequence of dossier codes per receiving identifier: <identifier>-YYMMDD-XXXX.
CREATE TABLE dossier_code_sequence (
	prefix VARCHAR(60) NOT NULL,
	day DATE NOT NULL,
	last_number INT NOT NULL,
	CONSTRAINT dossier_code_sequence_pk PRIMARY KEY (prefix, day)
);

-- Retried submissions: the same key from the same client creates one dossier.
CREATE TABLE dossier_idempotency (
	client VARCHAR(120) NOT NULL,
	idempotency_key VARCHAR(120) NOT NULL,
	request_hash VARCHAR(64) NOT NULL,
	dossier_code VARCHAR(60) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT dossier_idempotency_pk PRIMARY KEY (client, idempotency_key)
);
