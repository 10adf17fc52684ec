-- Survey invitations and reminders are sent through the notification module. A round is issued
-- once (0 = the invitation, n = the n-th reminder); each sampled person keeps how many reminders
-- included them, so that the notification module reads who a round went to.
CREATE TABLE satisfaction_invitation_round (
	campaign_id BIGINT NOT NULL REFERENCES satisfaction_campaign (id),
	round INT NOT NULL,
	issued_at TIMESTAMPTZ NOT NULL,
	issued_by VARCHAR(100) NOT NULL,
	recipients INT NOT NULL,
	without_contact INT NOT NULL,
	CONSTRAINT satisfaction_invitation_round_pk PRIMARY KEY (campaign_id, round),
	CONSTRAINT satisfaction_invitation_round_range CHECK (round BETWEEN 0 AND 3)
);

ALTER TABLE satisfaction_sample ADD COLUMN reminders INT NOT NULL DEFAULT 0;
