-- The audit log: append-only and hash-chained. Each entry's hash is the SHA-256 of its
-- fields and of the previous entry's hash (see vn.motcua.audit.internal.AuditHash), so that
-- changing or removing an entry breaks the chain from there on.
CREATE TABLE audit_entry (
	seq BIGINT PRIMARY KEY,
	occurred_at TIMESTAMPTZ NOT NULL,
	actor TEXT NOT NULL,
	action TEXT NOT NULL,
	subject TEXT NOT NULL,
	details TEXT NOT NULL,
	prev_hash CHAR(64) NOT NULL,
	hash CHAR(64) NOT NULL
);
CREATE INDEX audit_entry_occurred_ix ON audit_entry (occurred_at);

-- Defence in depth: the application never updates or deletes entries; the database refuses
-- it too (someone with owner rights can still disable the trigger: the hash chain catches that).
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'audit_entry is append-only';
END
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
	FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
	FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
