-- Processing statistics kept incrementally from dossier events and historical imports,
-- rebuildable from the dossier history (see vn.motcua.reporting.internal.Statistics).

-- One row per dossier that left the draft stage: what the counting rules need.
CREATE TABLE reporting_fact (
	code VARCHAR(60) PRIMARY KEY,
	agency_code VARCHAR(40) NOT NULL,
	procedure_code VARCHAR(20) NOT NULL,
	field TEXT NOT NULL,
	channel VARCHAR(10) NOT NULL,
	received_at TIMESTAMPTZ,
	refused_at TIMESTAMPTZ,
	exit_at TIMESTAMPTZ,
	exit VARCHAR(10),
	outcome VARCHAR(10),
	due_at TIMESTAMPTZ,
	apology_at TIMESTAMPTZ,
	late_actor VARCHAR(100),
	processing_hundredths INT,
	electronic BOOLEAN NOT NULL,
	version INT NOT NULL
);
CREATE INDEX reporting_fact_agency_received ON reporting_fact (agency_code, received_at);
CREATE INDEX reporting_fact_agency_exit ON reporting_fact (agency_code, exit_at);

-- The open life of each received dossier in stretches of constant appointment and pause:
-- what is in progress, and overdue, at the end of any period.
CREATE TABLE reporting_span (
	code VARCHAR(60) NOT NULL,
	seq SMALLINT NOT NULL,
	agency_code VARCHAR(40) NOT NULL,
	procedure_code VARCHAR(20) NOT NULL,
	field TEXT NOT NULL,
	from_at TIMESTAMPTZ NOT NULL,
	until_at TIMESTAMPTZ,
	paused BOOLEAN NOT NULL,
	due_at TIMESTAMPTZ,
	CONSTRAINT reporting_span_pk PRIMARY KEY (code, seq)
);
CREATE INDEX reporting_span_agency_from ON reporting_span (agency_code, from_at);

-- Per day (Vietnam time), agency and procedure: the flows of form II.06a.
CREATE TABLE reporting_day (
	agency_code VARCHAR(40) NOT NULL,
	day DATE NOT NULL,
	procedure_code VARCHAR(20) NOT NULL,
	field TEXT NOT NULL,
	received_online INT NOT NULL DEFAULT 0,
	received_direct INT NOT NULL DEFAULT 0,
	resolved_early INT NOT NULL DEFAULT 0,
	resolved_on_time INT NOT NULL DEFAULT 0,
	resolved_late INT NOT NULL DEFAULT 0,
	withdrawn INT NOT NULL DEFAULT 0,
	stopped INT NOT NULL DEFAULT 0,
	refused INT NOT NULL DEFAULT 0,
	apologies INT NOT NULL DEFAULT 0,
	CONSTRAINT reporting_day_pk PRIMARY KEY (agency_code, day, procedure_code)
);
CREATE INDEX reporting_day_day ON reporting_day (day);

-- Markers: when the statistics were built, up to which import they follow.
CREATE TABLE reporting_state (
	name VARCHAR(40) PRIMARY KEY,
	at TIMESTAMPTZ NOT NULL
);

-- Commitments signed by each unit for a year (on-time %, online %, satisfaction %).
CREATE TABLE reporting_target (
	agency_code VARCHAR(40) NOT NULL,
	year INT NOT NULL,
	on_time_percent NUMERIC(5, 2),
	online_percent NUMERIC(5, 2),
	satisfaction_percent NUMERIC(5, 2),
	updated_by VARCHAR(100) NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT reporting_target_pk PRIMARY KEY (agency_code, year)
);
