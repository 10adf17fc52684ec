-- Form II.06a's "in progress, overdue" as of the end of a day, kept as counters like the flows:
-- an open, unpaused span of a dossier is overdue from the later of its start and its appointment
-- until it ends; overdue_begin counts those intervals by the day they begin, overdue_end by the
-- day they end, so the overdue dossiers at the end of day D are the sum of begin - end up to D.
ALTER TABLE reporting_day ADD COLUMN overdue_begin INT NOT NULL DEFAULT 0;
ALTER TABLE reporting_day ADD COLUMN overdue_end INT NOT NULL DEFAULT 0;

-- The same counters per month ("day" is the first day of the month): a report over years reads
-- whole months here and only the days of the first and the last month from reporting_day.
CREATE TABLE reporting_month (LIKE reporting_day INCLUDING DEFAULTS);
ALTER TABLE reporting_month ADD CONSTRAINT reporting_month_pk PRIMARY KEY (agency_code, day, procedure_code);

-- The new counters are computed from the history: count everything again at the next start.
DELETE FROM reporting_state WHERE name = 'built';
