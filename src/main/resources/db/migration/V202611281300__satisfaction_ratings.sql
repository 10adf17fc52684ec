-- Per-transaction ratings (Decree 61/2018 Art. 27–32, Circular 01/2018 Art. 12–15).
-- One invitation per returned dossier, with an unguessable token; at most one rating per dossier.
-- The rater's identity is never stored (Art. 27.3): no account, no address, only the channel.
CREATE TABLE satisfaction_invitation (
	id BIGSERIAL PRIMARY KEY,
	token VARCHAR(64) NOT NULL,
	dossier_code VARCHAR(60) NOT NULL,
	procedure_code VARCHAR(20) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	desk_agency_code VARCHAR(40) NOT NULL,
	dossier_channel VARCHAR(10) NOT NULL,
	outcome VARCHAR(10),
	returned_at TIMESTAMPTZ NOT NULL,
	time_score SMALLINT,
	step_score SMALLINT,
	-- officers who handled the dossier with the index-2 score of their own steps (JSON object)
	officers JSONB NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	rated_at TIMESTAMPTZ,
	CONSTRAINT satisfaction_invitation_token_unique UNIQUE (token),
	CONSTRAINT satisfaction_invitation_dossier_unique UNIQUE (dossier_code)
);
CREATE INDEX satisfaction_invitation_desk_open ON satisfaction_invitation (desk_agency_code, returned_at)
	WHERE rated_at IS NULL;

CREATE TABLE satisfaction_rating (
	id BIGSERIAL PRIMARY KEY,
	invitation_id BIGINT NOT NULL REFERENCES satisfaction_invitation (id),
	dossier_code VARCHAR(60) NOT NULL,
	procedure_code VARCHAR(20) NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	desk_agency_code VARCHAR(40) NOT NULL,
	dossier_channel VARCHAR(10) NOT NULL,
	channel VARCHAR(10) NOT NULL,
	given_at TIMESTAMPTZ NOT NULL,
	contacts SMALLINT NOT NULL,
	agencies_contacted VARCHAR(20) NOT NULL,
	attitude_complaint BOOLEAN NOT NULL,
	online_level VARCHAR(20),
	overall SMALLINT,
	comment TEXT,
	index1 SMALLINT,
	index2 SMALLINT,
	index3 SMALLINT NOT NULL,
	index4 SMALLINT NOT NULL,
	index7 SMALLINT NOT NULL,
	CONSTRAINT satisfaction_rating_dossier_unique UNIQUE (dossier_code),
	CONSTRAINT satisfaction_rating_channel_known CHECK (channel IN ('ONLINE', 'KIOSK', 'PAPER', 'SMS')),
	CONSTRAINT satisfaction_rating_scores CHECK (index3 BETWEEN 0 AND 2 AND index4 BETWEEN 0 AND 2
		AND index7 BETWEEN 0 AND 2 AND (index1 IS NULL OR index1 BETWEEN 0 AND 2)
		AND (index2 IS NULL OR index2 BETWEEN 0 AND 2)),
	CONSTRAINT satisfaction_rating_overall CHECK (overall IS NULL OR overall BETWEEN 1 AND 5)
);
CREATE INDEX satisfaction_rating_agency_given ON satisfaction_rating (agency_code, given_at);

-- The officers a rating counts for, with their own index-2 score (the time of their steps).
CREATE TABLE satisfaction_rating_officer (
	rating_id BIGINT NOT NULL REFERENCES satisfaction_rating (id),
	username VARCHAR(100) NOT NULL,
	step_score SMALLINT,
	CONSTRAINT satisfaction_rating_officer_pk PRIMARY KEY (rating_id, username)
);
CREATE INDEX satisfaction_rating_officer_user ON satisfaction_rating_officer (username);

-- Rating tablets at a desk: the kiosk opens /kiosk/{key} and shows the results just returned there.
CREATE TABLE satisfaction_kiosk (
	key VARCHAR(64) PRIMARY KEY,
	desk_agency_code VARCHAR(40) NOT NULL,
	created_by VARCHAR(100) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL
);
