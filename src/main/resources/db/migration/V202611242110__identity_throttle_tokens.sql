-- Login throttling shared by every application node: one row per throttled key
-- ('user:<username>' or 'ip:<address>').
CREATE TABLE identity_login_throttle (
	throttle_key VARCHAR(300) PRIMARY KEY,
	failures INT NOT NULL,
	window_started_at TIMESTAMPTZ NOT NULL,
	locked_until TIMESTAMPTZ
);

-- API access tokens: only the SHA-256 of the opaque token is stored.
CREATE TABLE identity_access_token (
	token_hash CHAR(64) PRIMARY KEY,
	account_id BIGINT NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
	issued_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX identity_access_token_expiry_ix ON identity_access_token (expires_at);
CREATE INDEX identity_access_token_account_ix ON identity_access_token (account_id);
