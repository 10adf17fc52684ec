-- Work queues of the staff pages (DossierQueues): "my steps" and "to approve" look at the agency
-- and role of the current step (kept in the JSONB content), open dossiers only, due soonest first.
CREATE INDEX dossier_queue_step ON dossier (((content -> 'steps' -> current_step) ->> 'agencyCode'), step_due_at)
	WHERE status IN (2, 4);
-- "overdue" and the other status tabs: open dossiers by status and appointment.
CREATE INDEX dossier_status_due ON dossier (status, due_at) WHERE status BETWEEN 1 AND 9;
-- The applicant's CCCD search and a citizen's own list, newest first.
CREATE INDEX dossier_owner_created ON dossier (owner_account_id, created_at DESC) WHERE owner_account_id IS NOT NULL;
