-- Notices to citizens by e-mail, SMS and in-app message, with their delivery status. The table is
-- also the outbox: the listeners insert rows in the same transaction in which they consume an event,
-- and the sender claims due rows (FOR UPDATE SKIP LOCKED, with a lease), sends them and records the
-- outcome. One row per (event, channel, recipient): an event delivered again adds nothing.
CREATE TABLE notification_message (
	id BIGSERIAL PRIMARY KEY,
	event_key VARCHAR(200) NOT NULL,
	kind VARCHAR(40) NOT NULL,
	params JSONB NOT NULL,
	subject_ref VARCHAR(120) NOT NULL,
	dossier_code VARCHAR(60),
	agency_code VARCHAR(40),
	desk_agency_code VARCHAR(40),
	legal BOOLEAN NOT NULL,
	channel VARCHAR(10) NOT NULL,
	recipient VARCHAR(254) NOT NULL,
	recipient_name TEXT,
	account_id BIGINT,
	locale VARCHAR(10) NOT NULL,
	subject TEXT NOT NULL,
	body TEXT NOT NULL,
	status VARCHAR(12) NOT NULL,
	attempts INT NOT NULL DEFAULT 0,
	attempt_limit INT NOT NULL,
	last_error TEXT,
	next_attempt_at TIMESTAMPTZ,
	claimed_until TIMESTAMPTZ,
	claimed_by VARCHAR(100),
	provider_id VARCHAR(200),
	created_at TIMESTAMPTZ NOT NULL,
	sent_at TIMESTAMPTZ,
	delivered_at TIMESTAMPTZ,
	failed_at TIMESTAMPTZ,
	read_at TIMESTAMPTZ,
	handled_at TIMESTAMPTZ,
	handled_by VARCHAR(100),
	handled_note TEXT,
	CONSTRAINT notification_message_once UNIQUE (event_key, channel, recipient),
	CONSTRAINT notification_status_known
		CHECK (status IN ('QUEUED', 'SENDING', 'RETRYING', 'SENT', 'DELIVERED', 'FAILED')),
	CONSTRAINT notification_channel_known CHECK (channel IN ('EMAIL', 'SMS', 'IN_APP', 'NONE'))
);
-- What the sender claims: due rows, and rows whose claim (lease) ran out because a node died.
CREATE INDEX notification_due ON notification_message (next_attempt_at) WHERE status IN ('QUEUED', 'RETRYING');
CREATE INDEX notification_leased ON notification_message (claimed_until) WHERE status = 'SENDING';
-- SMS accepted by the provider whose delivery report is still to be asked for.
CREATE INDEX notification_sms_sent ON notification_message (sent_at) WHERE status = 'SENT' AND channel = 'SMS';
-- The dossier pages, the citizen's messages, the officers' list of undelivered legal notices.
CREATE INDEX notification_dossier ON notification_message (dossier_code, created_at) WHERE dossier_code IS NOT NULL;
CREATE INDEX notification_inbox ON notification_message (account_id, created_at DESC) WHERE channel = 'IN_APP';
CREATE INDEX notification_legal_open ON notification_message (desk_agency_code, agency_code)
	WHERE legal AND handled_at IS NULL;
