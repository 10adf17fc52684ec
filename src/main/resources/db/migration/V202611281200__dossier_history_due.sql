-- Statistics are computed as of any instant from the history: each history row keeps the
-- appointment in force after its transition (NULL before receipt and for rows written
-- before this column existed; an imported dossier's only row takes the dossier's due).
ALTER TABLE dossier_history ADD COLUMN due_at TIMESTAMPTZ;

-- Reporting follows historical imports by their time.
CREATE INDEX dossier_history_import_at ON dossier_history (occurred_at) WHERE action = 'import';
