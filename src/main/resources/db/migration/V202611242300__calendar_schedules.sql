-- Calendar: yearly official schedules (days off, make-up working days), their revisions,
-- and working hours per agency. Years without a row use the statutory candidates (provisional).

CREATE TABLE calendar_year (
	year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2199),
	version INTEGER NOT NULL CHECK (version >= 1),
	provisional BOOLEAN NOT NULL DEFAULT FALSE,
	origin VARCHAR(20) NOT NULL CHECK (origin IN ('DATA_FILE', 'ADMINISTRATOR')),
	data_version INTEGER,
	source TEXT,
	updated_at TIMESTAMPTZ NOT NULL,
	updated_by VARCHAR(100) NOT NULL
);

CREATE TABLE calendar_entry (
	day DATE PRIMARY KEY,
	year INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
	kind VARCHAR(30) NOT NULL,
	holiday VARCHAR(30),
	name VARCHAR(200),
	paired_with DATE,
	source TEXT,
	confirmed BOOLEAN NOT NULL,
	CONSTRAINT calendar_entry_in_year CHECK (EXTRACT(YEAR FROM day) = year)
);
CREATE INDEX calendar_entry_year_ix ON calendar_entry (year);

-- Every version of every year, so that a due date computed with version N can be reproduced.
CREATE TABLE calendar_year_revision (
	year INTEGER NOT NULL,
	version INTEGER NOT NULL,
	entries JSONB NOT NULL,
	source TEXT,
	changed_at TIMESTAMPTZ NOT NULL,
	changed_by VARCHAR(100) NOT NULL,
	summary TEXT,
	PRIMARY KEY (year, version)
);

-- Office hours of an agency's one-stop desk (agency code of the organization module, no FK across modules).
CREATE TABLE calendar_working_hours (
	agency_code VARCHAR(40) PRIMARY KEY,
	morning_start TIME NOT NULL,
	morning_end TIME NOT NULL,
	afternoon_start TIME NOT NULL,
	afternoon_end TIME NOT NULL,
	cut_off TIME,
	saturday_morning_reception BOOLEAN NOT NULL DEFAULT FALSE,
	updated_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT calendar_working_hours_order CHECK (morning_start < morning_end AND morning_end <= afternoon_start
		AND afternoon_start < afternoon_end)
);
