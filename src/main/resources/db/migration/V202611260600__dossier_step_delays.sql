-- Delay attribution: the accountability report reads the steps finished in a period by unit.
CREATE INDEX dossier_step_finished ON dossier_step (finished_at, agency_code) WHERE used_seconds IS NOT NULL;
