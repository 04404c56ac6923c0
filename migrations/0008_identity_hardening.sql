-- Identity hardening.
--
-- A stored email (no SMTP server configured) that carries a secret, such as a password reset token,
-- names it, so the secret can be struck out of the body once it is used, replaced or expired: the
-- list at GET /admin/emails then shows only tokens that still work. `secret_hash` is the sha256 hex
-- digest the token tables store, to find the emails of spent tokens by an index.
ALTER TABLE emails ADD COLUMN secret text;
ALTER TABLE emails ADD COLUMN secret_hash text;
CREATE INDEX emails_secret_hash_idx ON emails (secret_hash) WHERE secret_hash IS NOT NULL;

-- API keys now go with the staff member who created them. Keys whose creator was deleted before
-- (created_by set to NULL) no longer work; mark them revoked so the list says so.
UPDATE api_keys SET revoked_at = now(), version = version + 1 WHERE created_by IS NULL AND revoked_at IS NULL;
