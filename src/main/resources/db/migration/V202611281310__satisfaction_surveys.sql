-- SIPAS-shaped survey campaigns (Ministry of Home Affairs method, DOMAIN.md §6.2):
-- a sampling frame of returned dossiers in strata (agency, field, channel), a seeded stratified
-- sample with one-time links, responses on a 5-point scale for the 5 elements.
CREATE TABLE satisfaction_campaign (
	id BIGSERIAL PRIMARY KEY,
	name TEXT NOT NULL,
	year INT NOT NULL,
	scope_agency_code VARCHAR(40) NOT NULL,
	questionnaire_version INT NOT NULL,
	period_from DATE NOT NULL,
	period_to DATE NOT NULL,
	margin NUMERIC(5, 4) NOT NULL,
	response_rate NUMERIC(5, 4) NOT NULL,
	seed BIGINT NOT NULL,
	status VARCHAR(10) NOT NULL,
	frame_size INT NOT NULL DEFAULT 0,
	created_by VARCHAR(100) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	closed_at TIMESTAMPTZ,
	CONSTRAINT satisfaction_campaign_status_known CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'))
);
CREATE INDEX satisfaction_campaign_year ON satisfaction_campaign (year);

CREATE TABLE satisfaction_stratum (
	campaign_id BIGINT NOT NULL REFERENCES satisfaction_campaign (id),
	stratum VARCHAR(200) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	field TEXT NOT NULL,
	channel VARCHAR(10) NOT NULL,
	frame_size INT NOT NULL,
	sample_size INT NOT NULL,
	CONSTRAINT satisfaction_stratum_pk PRIMARY KEY (campaign_id, stratum)
);

CREATE TABLE satisfaction_sample (
	id BIGSERIAL PRIMARY KEY,
	campaign_id BIGINT NOT NULL REFERENCES satisfaction_campaign (id),
	stratum VARCHAR(200) NOT NULL,
	dossier_code VARCHAR(60) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	token VARCHAR(64) NOT NULL,
	contact TEXT,
	invited_at TIMESTAMPTZ,
	reminded_at TIMESTAMPTZ,
	responded_at TIMESTAMPTZ,
	CONSTRAINT satisfaction_sample_token_unique UNIQUE (token),
	CONSTRAINT satisfaction_sample_dossier_unique UNIQUE (campaign_id, dossier_code)
);

-- One response per sampled person; the element scores are kept beside the answers so that the
-- index over a million responses is one aggregate query.
CREATE TABLE satisfaction_response (
	id BIGSERIAL PRIMARY KEY,
	campaign_id BIGINT NOT NULL REFERENCES satisfaction_campaign (id),
	sample_id BIGINT NOT NULL REFERENCES satisfaction_sample (id),
	stratum VARCHAR(200) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	mode VARCHAR(10) NOT NULL,
	entered_by VARCHAR(100),
	answers JSONB NOT NULL,
	access_ok SMALLINT NOT NULL,
	procedure_ok SMALLINT NOT NULL,
	officials_ok SMALLINT NOT NULL,
	result_ok SMALLINT NOT NULL,
	feedback_ok SMALLINT NOT NULL,
	submitted_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT satisfaction_response_sample_unique UNIQUE (sample_id),
	CONSTRAINT satisfaction_response_mode_known CHECK (mode IN ('ONLINE', 'PAPER'))
);
CREATE INDEX satisfaction_response_campaign_stratum ON satisfaction_response (campaign_id, agency_code, stratum);

-- Paper forms are typed twice by different people; the response counts once both entries agree.
CREATE TABLE satisfaction_paper_entry (
	sample_id BIGINT NOT NULL REFERENCES satisfaction_sample (id),
	entered_by VARCHAR(100) NOT NULL,
	answers JSONB NOT NULL,
	entered_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT satisfaction_paper_entry_pk PRIMARY KEY (sample_id)
);
